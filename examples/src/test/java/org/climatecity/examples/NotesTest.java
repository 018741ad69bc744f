package org.climatecity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Direction;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.indicators.ObservationStatus;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.time.YearRange;
import org.climatecity.examples.document.Documents;
import org.junit.jupiter.api.Test;

class NotesTest {

    @Test
    void namesTheSourceOfTheEmissionsAndEveryIllustrativeFigure() {
        List<String> notes = Notes.of(Documents.mainExample());
        assertThat(notes).hasSize(6);
        assertThat(notes.get(0)).startsWith("Observed emissions: SMHI, Nationella emissionsdatabasen");
        assertThat(notes.get(1)).contains("least absolute deviations from 2015");
        assertThat(notes).noneMatch(n -> n.startsWith("The emissions of"));
        assertThat(notes).contains("The effect of the pilot 'Household climate coaching' is illustrative (effect per"
                + " resident chosen to illustrate scaling; not measured), and so are the scaled reductions.")
                .contains("The actions and figures of the action plan 'Joint action plan Borlänge and Avesta"
                        + " (illustrative)' are illustrative.")
                .contains("Illustrative participants: Civilsamhället i Dalarna (illustrative participant).");
    }

    @Test
    void saysWhichEmissionsAreIllustrativeFromTheirProvenance() {
        List<String> notes = Notes.of(Documents.europeanExample());
        assertThat(notes).noneMatch(n -> n.startsWith("Observed emissions"))
                .contains("The emissions of Helsinki, München are illustrative (emission figures made up to show GPC"
                        + " BASIC inventories by subcategory; the cities' published inventories are not embedded).");
    }

    @Test
    void listsThirtyNamesOneByOneAndCountsTheOthers() {
        List<String> names = IntStream.rangeClosed(1, 100_000).mapToObj(i -> "Place " + i).toList();
        assertThat(Notes.listed(names.subList(0, 30))).isEqualTo(String.join(", ", names.subList(0, 30)));
        assertThat(Notes.listed(names)).startsWith("Place 1, Place 2, ").endsWith(", Place 30 and 99,970 others")
                .hasSizeLessThan(400);
        assertThat(Notes.listed(List.of())).isEmpty();
    }

    @Test
    void saysNothingIllustrativeAboutADocumentWithoutSuchFigures() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        ProgrammeDocument plain = new ProgrammeDocument(canonical.actors().subList(0, 3), canonical.programmes(),
                List.of(), canonical.inventories());
        assertThat(Notes.of(plain)).hasSize(2).first().satisfies(n -> assertThat(n).startsWith("Observed emissions:"));
    }

    @Test
    void namesTheIndicatorsSourceForObservationsWithoutProvenanceAndNoSourceForIllustrativeOnes() {
        ProgrammeDocument example = Documents.mainExample();
        Initiative initiative = example.initiatives().get(0);
        DataSource statistics = new DataSource("Statistics office", "Cycling survey", null, null, null,
                "Statistics office, cycling survey 2023", null);
        Indicator sourced = Indicator.builder(LocalId.of("cycling-share-test"), "cycling share", "%",
                Direction.HIGHER_IS_BETTER).provenance(Provenance.reported(statistics))
                .observation(new Observation(YearRange.of(2023, 2023), 12, ObservationStatus.FINAL, null, null))
                .build();
        Indicator illustrative = Indicator.builder(LocalId.of("walking-share-test"), "walking share", "%",
                Direction.HIGHER_IS_BETTER).provenance(Provenance.illustrative("made up for the test"))
                .observation(new Observation(YearRange.of(2023, 2023), 30, ObservationStatus.FINAL, null, null))
                .build();
        List<Initiative> initiatives = new ArrayList<>(example.initiatives());
        initiatives.set(0, initiative.withIndicators(List.of(sourced, illustrative)));
        ProgrammeDocument document = new ProgrammeDocument(example.actors(), example.programmes(), initiatives,
                example.inventories(), example.scenarios());

        List<String> notes = Notes.followUp(document);

        assertThat(notes).filteredOn(n -> n.startsWith("Observed indicator values: "))
                .singleElement().satisfies(n -> assertThat(n).contains("Statistics office, cycling survey 2023")
                        .doesNotContain("made up"));
        assertThat(notes).anyMatch(n -> n.startsWith("Illustrative indicators, with their values: ")
                && n.contains("walking share") && !n.contains("cycling share"));
    }
}
