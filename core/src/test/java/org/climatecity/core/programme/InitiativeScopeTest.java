package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.junit.jupiter.api.Test;

class InitiativeScopeTest {

    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);

    @Test
    void takesItsLevelFromItsArea() {
        assertThat(new InitiativeScope(EXPANSION, Geography.county(CountyCode.of("20")), null).level())
                .isEqualTo(GovernanceLevel.REGIONAL);
        assertThat(new InitiativeScope(EXPANSION, Geography.municipality(MunicipalityCode.of("2081")), null).level())
                .isEqualTo(GovernanceLevel.LOCAL);
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new InitiativeScope(null, Geography.county(CountyCode.of("20")), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("scope date must not be null");
        assertThatThrownBy(() -> new InitiativeScope(EXPANSION, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("scope geography must not be null");
    }
}
