package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class InitiativeTest {

    private static final LocalId ID = LocalId.of("initiative");
    private static final ActorId LEAD = ActorId.of("borlange");

    private static Initiative withScopes(List<InitiativeScope> scopes) {
        return new Initiative(ID, "Initiative", LEAD, scopes, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void takesTheScopeThatStartedLatestOnOrBeforeADateWhateverTheListOrder() {
        InitiativeScope sweden = new InitiativeScope(LocalDate.of(2030, 1, 1), Geography.country(CountryCode.SWEDEN),
                null);
        InitiativeScope dalarna = new InitiativeScope(LocalDate.of(2024, 12, 1),
                Geography.county(CountyCode.of("20")), null);
        Initiative initiative = withScopes(List.of(sweden, dalarna));

        assertThat(initiative.scopeOn(LocalDate.of(2024, 11, 30))).isEmpty();
        assertThat(initiative.scopeOn(LocalDate.of(2024, 12, 1))).contains(dalarna);
        assertThat(initiative.scopeOn(LocalDate.of(2031, 1, 1))).contains(sweden);
    }

    @Test
    void findsItsPartsById() {
        Initiative initiative = CanonicalScenario.document().initiatives().get(0);

        assertThat(initiative.target(CanonicalScenario.JOINT_TARGET)).isPresent();
        assertThat(initiative.target(LocalId.of("none"))).isEmpty();
        assertThat(initiative.pilot(CanonicalScenario.PILOT)).isPresent();
        assertThat(initiative.pilot(LocalId.of("none"))).isEmpty();
        assertThat(initiative.forum(CanonicalScenario.FORUM)).isPresent();
        assertThat(initiative.forum(LocalId.of("none"))).isEmpty();
        assertThat(initiative.partnership(CanonicalScenario.SSAB)).isPresent();
        assertThat(initiative.partnership(CanonicalScenario.AVESTA)).isEmpty();
        assertThat(initiative.twinPairingsOn(CanonicalScenario.EXPANSION)).hasSize(1);
        assertThat(initiative.indicator(CanonicalScenario.INDICATOR_ELECTRIC_CARS)).isPresent();
        assertThat(initiative.indicator(LocalId.of("none"))).isEmpty();
        assertThat(initiative.indicatorsOf(CanonicalScenario.ACTION_HOUSING)).extracting(i -> i.id())
                .containsExactly(CanonicalScenario.INDICATOR_APARTMENTS);
    }

    @Test
    void rejectsAnInitiativeWithoutScopeAndMissingParts() {
        assertThatThrownBy(() -> withScopes(List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("scopes must list at least one scope, was empty");
        assertThatThrownBy(() -> new Initiative(ID, "I", null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                        .isInstanceOf(ClimateCityException.class)
                .hasMessage("lead city must not be null");
        List<InitiativeScope> scopes = List.of(new InitiativeScope(LocalDate.of(2021, 1, 1),
                Geography.county(CountyCode.of("20")), null));
        assertThatThrownBy(() -> new Initiative(ID, "I", LEAD, scopes, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                        .isInstanceOf(ClimateCityException.class)
                .hasMessage("twin pairings must not be null");
    }
}
