package org.climatecity.core.calc;

import java.util.List;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.action.Lever;
import org.climatecity.core.common.Money;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.time.YearRange;

final class ActionFixtures {

    private ActionFixtures() {
    }

    static Action action(String id, FieldOfAction field, ActionStatus status, int firstYear, double reduction,
            int rampUpYears, Money cost) {
        return new Action(LocalId.of(id), "Action " + id, field, List.of(Lever.POLICY), ActorId.of("borlange"),
                List.of(), YearRange.of(firstYear, firstYear + 5), status, reduction, rampUpYears, null, cost,
                List.of(), null, List.of(), null, null, null);
    }
}
