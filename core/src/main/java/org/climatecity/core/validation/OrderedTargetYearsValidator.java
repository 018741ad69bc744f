package org.climatecity.core.validation;

import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;

/**
 * Validates {@link OrderedTargetYears}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class OrderedTargetYearsValidator extends DocumentRule<OrderedTargetYears> {

    /** Creates the validator. */
    public OrderedTargetYearsValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<ClimateTarget> targets = document.initiatives().get(i).targets();
            for (int t = 0; t < targets.size(); t++) {
                check(targets.get(t), PropertyPath.of("initiatives", i).element("targets", t), violations);
            }
        }
    }

    private static void check(ClimateTarget target, PropertyPath path, Violations violations) {
        Baseline baseline = target.baseline();
        if (baseline != null && baseline.year() >= target.targetYear()) {
            violations.add(path.property("baseline").property("year"), "baseline year must be before the target year "
                    + target.targetYear() + ", was " + baseline.year());
        }
        List<Milestone> milestones = target.milestones();
        for (int m = 0; m < milestones.size(); m++) {
            int year = milestones.get(m).year();
            PropertyPath at = path.element("milestones", m).property("year");
            if (m > 0 && year <= milestones.get(m - 1).year()) {
                violations.add(at, "milestone years must increase strictly, " + year + " is not after "
                        + milestones.get(m - 1).year() + " of milestones[" + (m - 1) + "]");
            } else if (baseline != null && year <= baseline.year()) {
                violations.add(at, "milestone year must be after the baseline year " + baseline.year() + ", was "
                        + year);
            } else if (year >= target.targetYear()) {
                violations.add(at, "milestone year must be before the target year " + target.targetYear() + ", was "
                        + year);
            }
        }
    }
}
