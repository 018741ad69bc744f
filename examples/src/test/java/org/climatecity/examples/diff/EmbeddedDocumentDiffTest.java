package org.climatecity.examples.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.diff.Change;
import org.climatecity.core.diff.ChangeKind;
import org.climatecity.core.diff.DocumentDiff;
import org.climatecity.core.diff.InventoryRevision;
import org.climatecity.core.diff.VintageComparison;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.interop.klimatkollen.KlimatkollenImporter;
import org.junit.jupiter.api.Test;

/** The embedded Borlänge–Avesta–Dalarna document's contract rounds and SMHI series, compared. */
class EmbeddedDocumentDiffTest {

    private static final ProgrammeDocument EMBEDDED = DocumentFiles.readEmbedded().result().document();
    private static final ActorId BORLANGE = ActorId.of("borlange");

    @Test
    void theTwoContractRoundsDifferByAvestaAndItsCommitment() {
        DocumentDiff rounds = DocumentDiff.betweenRounds(EMBEDDED, LocalId.of("klimatneutrala-borlange"), 2023, 2024);
        // the 2023 round's signing day is in the sources (8 December 2023), the 2024 round's is not
        assertThat(rounds.changes()).extracting(Change::kind, Change::part, Change::pointer).containsExactly(
                tuple(ChangeKind.REMOVED, "contractRounds", "/initiatives/0/contractRounds/0/signed"),
                tuple(ChangeKind.ADDED, "signatories", "/initiatives/0/contractRounds/1/signatories/1"),
                tuple(ChangeKind.ADDED, "commitments", "/initiatives/0/contractRounds/1/commitments/1"),
                tuple(ChangeKind.CHANGED, "contractRounds", "/initiatives/0/contractRounds/1/provenance/note"));
        assertThat(rounds.changes().get(1).newValue()).isEqualTo(ActorId.of("avesta"));
        assertThat(rounds.changes().get(2).parties()).containsExactly(ActorId.of("avesta"));
    }

    /**
     * The two embedded documents are different programmes in different countries: applying the changes from one to
     * the other, either way, to the first's JSON tree gives the second's.
     */
    @Test
    void applyingTheChangesBetweenTheTwoEmbeddedDocumentsGivesTheOther() throws java.io.IOException {
        org.climatecity.serialization.ClimateCityDocuments documents =
                org.climatecity.serialization.ClimateCityDocuments.defaults();
        org.climatecity.serialization.ReadResult swedish = DocumentFiles.readEmbedded().result();
        org.climatecity.serialization.ReadResult european = documents.read(
                Path.of("src/main/resources/org/climatecity/examples/european-mission-cities.json"));
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (var pair : List.of(List.of(swedish, european), List.of(european, swedish))) {
            DocumentDiff diff = org.climatecity.serialization.DocumentDiffs.between(pair.get(0), pair.get(1));
            assertThat(diff.changes()).hasSizeGreaterThan(20);
            // equal as JSON: an object's properties in any order
            assertThat(org.climatecity.serialization.DocumentDiffs.apply(json.readTree(documents.writeToString(
                    pair.get(0))), diff)).isEqualTo(json.readTree(documents.writeToString(pair.get(1))));
        }
    }

    /**
     * The embedded SMHI series (the newer vintage, as Klimatkollen publishes it now) against the import of
     * Klimatkollen's older file, with the figures {@code ../shared/interop/README.md} gives for Borlänge in 1990.
     */
    @Test
    void theNewerSmhiVintageRevisedBorlangesSeries() {
        // ../shared beside the project, as the interop tests read it; present on every developer machine and in CI
        Path older = Path.of("../../shared/interop/klimatkollen/climate-data.json");
        VintageComparison vintages = VintageComparison.between(KlimatkollenImporter.read(older).document()
                .inventories(), EMBEDDED.inventories());
        InventoryRevision borlange1990 = vintages.of(BORLANGE).get(0);
        assertThat(borlange1990.year()).isEqualTo(1990);
        assertThat(Math.round(borlange1990.olderTonnes())).isEqualTo(499_382);
        assertThat(Math.round(borlange1990.newerTonnes())).isEqualTo(539_459);
        assertThat(borlange1990.changeShare().getAsDouble()).isCloseTo(539_459.0 / 499_382 - 1, within(1e-5));
        // the older file gives totals only: its sectors are unknown, the newer vintage's add up to its total
        assertThat(borlange1990.sectors()).allSatisfy(s -> assertThat(s.olderTonnes()).isEmpty())
                .extracting(InventoryRevision.Sector::sector).contains(SwedishMainSector.values()[0]);
        assertThat(borlange1990.sectors().stream().mapToDouble(s -> s.newerTonnes().orElseThrow()).sum())
                .isCloseTo(borlange1990.newerTonnes(), within(0.5));
        VintageComparison.Series series = vintages.series().stream().filter(s -> s.owner().equals(BORLANGE))
                .findFirst().orElseThrow();
        assertThat(List.of(series.firstYear(), series.lastYear())).containsExactly(1990, 2022);
        double mean = vintages.of(BORLANGE).stream().mapToDouble(r -> r.newerTonnes() / r.olderTonnes() - 1)
                .average().orElseThrow();
        assertThat(series.meanChangeShare()).isCloseTo(mean, within(1e-12));
        assertThat(series.years()).isEqualTo(vintages.of(BORLANGE).size());
    }
}
