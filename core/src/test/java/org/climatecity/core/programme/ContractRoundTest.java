package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;

class ContractRoundTest {

    private final Initiative initiative = CanonicalScenario.document().initiatives().get(0);

    @Test
    void comparesTwoRoundsOfTheContract() {
        ContractRound round2023 = initiative.contractRound(2023).orElseThrow();
        ContractRound round2024 = initiative.contractRound(2024).orElseThrow();

        RoundChanges changes = round2024.changesSince(round2023);

        assertThat(changes.fromYear()).isEqualTo(2023);
        assertThat(changes.toYear()).isEqualTo(2024);
        assertThat(changes.joined()).containsExactly(CanonicalScenario.AVESTA);
        assertThat(changes.left()).isEmpty();
        assertThat(changes.added()).extracting(RoundCommitment::party).containsExactly(CanonicalScenario.AVESTA);
        assertThat(changes.dropped()).isEmpty();
        assertThat(changes.targetsAdded()).containsExactly(CanonicalScenario.JOINT_TARGET);
        assertThat(changes.targetsDropped()).isEmpty();
        assertThat(round2023.changesSince(round2024).left()).containsExactly(CanonicalScenario.AVESTA);
        assertThat(round2023.changesSince(round2024).targetsDropped()).containsExactly(CanonicalScenario.JOINT_TARGET);
        assertThat(round2024.changesSince(round2024).isEmpty()).isTrue();
        assertThat(changes.isEmpty()).isFalse();
        assertThat(initiative.contractRound(2020)).isEmpty();
    }

    @Test
    void rejectsASigningOutsideTheRoundsYearAndRoundsOutOfOrder() {
        assertThatThrownBy(() -> new ContractRound(2024, LocalDate.of(2025, 1, 10), List.of(), List.of(), null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("contract round of 2024 must be signed in its year, was signed on 2025-01-10");
        ContractRound round = new ContractRound(2024, LocalDate.of(2024, 12, 4), List.of(), List.of(), null);
        assertThatThrownBy(() -> Initiative.builder(initiative.id(), "I", initiative.leadCity())
                .scope(LocalDate.of(2021, 1, 1), initiative.scopes().get(0).geography())
                .contractRound(round).contractRound(round).build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("contract rounds of initiative 'klimatneutrala-borlange' must be in strictly ascending"
                        + " years, was 2024 after 2024");
        assertThatThrownBy(() -> new RoundCommitment(CanonicalScenario.AVESTA, " ", List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("commitment text must not be blank");
    }
}
