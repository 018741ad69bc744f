package org.climatecity.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GovernanceLevelTest {

    @Test
    void ordersLevelsFromLocalToEu() {
        assertThat(GovernanceLevel.values()).containsExactly(GovernanceLevel.LOCAL, GovernanceLevel.REGIONAL,
                GovernanceLevel.NATIONAL, GovernanceLevel.EU);
        assertThat(GovernanceLevel.LOCAL).isLessThan(GovernanceLevel.EU);
    }
}
