package org.climatecity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.programme.Initiative;
import org.climatecity.examples.document.Documents;
import org.climatecity.examples.report.ReportBuilder;
import org.climatecity.examples.report.ReportModel;
import org.climatecity.examples.report.ReportTables;
import org.climatecity.interop.reference.SwedishReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingJobTest {

    private final ProgrammeDocument document = Documents.mainExample();
    private final Initiative initiative = document.initiatives().get(0);

    @Test
    void scalesTheFirstPilotWithAPlanOverItsFourStages() {
        ReportModel.ScalingFacts facts = ScalingJob.of(document, initiative, null).facts();
        assertThat(facts.pilotName()).isEqualTo("Household climate coaching");
        assertThat(facts.effectIllustrative()).isTrue();
        assertThat(facts.stages()).extracting(ReportModel.StageFacts::name)
                .containsExactly("Borlänge and Avesta", "Dalarna", "Sweden", "Europe");
        ReportModel.StageFacts dalarna = facts.stages().get(1);
        assertThat(dalarna.covered()).hasSize(15).contains("Borlänge", "Avesta", "Falun", "Mora");
        assertThat(dalarna.counted()).isEqualTo(13);
        assertThat(facts.stages().get(2).covered()).hasSize(290);
        assertThat(facts.stages().get(3).covered()).hasSize(27).contains("Sweden", "Germany", "Malta");
        assertThat(facts.stages().get(3).counted()).isEqualTo(27);
    }

    @Test
    void pilotStageIsEffectTimesResidentsTimesAdoption() {
        ReportModel.StageFacts pilots = ScalingJob.of(document, initiative, null).facts().stages().get(0);
        SwedishReferenceData data = SwedishReferenceData.get();
        double residents = data.population(org.climatecity.core.id.MunicipalityCode.of("2081"))
                + data.population(org.climatecity.core.id.MunicipalityCode.of("2084"));
        // linear adoption over 3 years from 2025 up to a 30 % saturation share; 0.1 t per resident (central)
        assertThat(pilots.driverTotal()).isEqualTo(residents);
        assertThat(pilots.central().get(2025)).isZero();
        assertThat(pilots.central().get(2026)).isCloseTo(residents * 0.1 * 0.3 / 3, within(1e-6));
        assertThat(pilots.central().get(2030)).isCloseTo(residents * 0.1 * 0.3, within(1e-6));
        assertThat(pilots.low().get(2030)).isCloseTo(residents * 0.05 * 0.3, within(1e-6));
        assertThat(pilots.high().get(2030)).isCloseTo(residents * 0.2 * 0.3, within(1e-6));
        assertThat(pilots.central().lastKey()).isEqualTo(2045);
    }

    @Test
    void europeCountsTheMemberStatesLessTheSwedishResidentsOfEarlierStages() {
        List<ReportModel.StageFacts> stages = ScalingJob.of(document, initiative, null).facts().stages();
        double swedish = stages.subList(0, 3).stream().mapToDouble(ReportModel.StageFacts::driverTotal).sum();
        assertThat(swedish).isEqualTo(10_551_707.0);
        // Sweden's 10,549,347 residents of 2022 (UN DESA) are fewer than the 10,551,707 of the Swedish stages
        // (Statistics Sweden, 2023): it adds nothing, the other 26 states their whole population
        double others = 0;
        double sweden = 0;
        for (Jurisdiction state : initiative.scalingPlans().get(0).stages().get(3).jurisdictions()) {
            if (state.geography().equals(Geography.country(CountryCode.SWEDEN))) {
                sweden = state.driverValue();
            } else {
                others += state.driverValue();
            }
        }
        assertThat(sweden).isEqualTo(10_549_347.0);
        assertThat(stages.get(3).driverTotal()).isEqualTo(others + Math.max(0, sweden - swedish))
                .isEqualTo(436_766_546.0);
    }

    @Test
    void findsAPilotById() {
        ScalingJob job = ScalingJob.of(document, initiative, "household-climate-coaching");
        assertThat(job.pilotId()).isEqualTo("household-climate-coaching");
        assertThat(job.describe()).isEqualTo("Scaling pilot 'Household climate coaching' over 4 stages with the"
                + " reference data of 290 municipalities");
    }

    @Test
    void rejectsAnUnknownOrMalformedPilotId() {
        assertThatThrownBy(() -> ScalingJob.of(document, initiative, "solar-roofs"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID))
                .hasMessage("the document has no pilot 'solar-roofs'; its pilots: household-climate-coaching");
        assertThatThrownBy(() -> ScalingJob.of(document, initiative, "Solar Roofs"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageStartingWith("--pilot: ");
    }

    @Test
    void hasNothingToScaleWithoutAPlan() {
        Initiative i = initiative;
        Initiative withoutPlans = i.withScalingPlans(List.of());
        ProgrammeDocument bare = new ProgrammeDocument(document.actors(), document.programmes(),
                List.of(withoutPlans), document.inventories());
        ScalingJob job = ScalingJob.of(bare, withoutPlans, null);
        assertThat(job.facts()).isNull();
        assertThat(job.pilotId()).isEqualTo("none");
    }

    @Test
    void writesTheMarkdownTheCsvAndTheChart(@TempDir Path dir) throws IOException {
        ReportModel.ScalingFacts facts = ScalingJob.of(document, initiative, null).facts();
        List<Path> files = ScalingJob.write(facts, dir.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("scaling.md", "scaling.csv", "scaling.svg");
        assertThat(Files.readString(files.get(0))).contains("| Dalarna | 15: ").contains("](scaling.svg)");
        assertThat(Files.readAllLines(files.get(1)).get(0))
                .isEqualTo("stage,year,low_tonnes_co2e,central_tonnes_co2e,high_tonnes_co2e");
        assertThat(Files.readString(files.get(2))).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg");
    }

    @Test
    void namesDalarnasFifteenMunicipalitiesWithTheirFigures() {
        ReportModel.ScalingFacts facts = ScalingJob.of(document, initiative, null).facts();
        ReportModel.StageFacts dalarna = facts.stages().get(1);
        ReportTables.Table table = ReportTables.places(dalarna, facts.driverUnit(), ReportBuilder.REPORT_YEARS);
        assertThat(table.headers()).containsExactly("place", "residents counted", "2030 central", "2035 central",
                "2045 central");
        assertThat(table.rows()).hasSize(15);
        assertThat(table.rows()).filteredOn(r -> r.get(0).equals("Borlänge") || r.get(0).equals("Avesta"))
                .allSatisfy(r -> assertThat(r.subList(1, 5)).containsExactly("in stage Borlänge and Avesta", "-",
                        "-", "-"));
        // Falun: its residents in the reference data, and the stage's adoption of them
        SwedishReferenceData data = SwedishReferenceData.get();
        double falun = data.population(org.climatecity.core.id.MunicipalityCode.of("2080"));
        ReportModel.PlaceFacts place = dalarna.places().stream().filter(p -> p.name().equals("Falun")).findFirst()
                .orElseThrow();
        assertThat(place.driver()).isEqualTo(falun);
        double share = initiative.scalingPlans().get(0).stages().get(1).adoptionShare(2030);
        assertThat(place.central().get(2030)).isCloseTo(falun * 0.1 * share, within(1e-6));
        assertThat(table.rows()).filteredOn(r -> r.get(0).equals("Falun")).singleElement()
                .satisfies(r -> assertThat(r.get(1)).isEqualTo(String.format(java.util.Locale.ROOT, "%,.0f",
                        falun)));
        // the places add up to the stage
        assertThat(dalarna.places().stream().mapToDouble(p -> p.central().getOrDefault(2035, 0.0)).sum())
                .isCloseTo(dalarna.central().get(2035), within(1e-6));
    }

    @Test
    void summarisesSwedenByCountyAndNamesTheTwentySevenStates() {
        ReportModel.ScalingFacts facts = ScalingJob.of(document, initiative, null).facts();
        ReportTables.Table sweden = ReportTables.places(facts.stages().get(2), facts.driverUnit(),
                ReportBuilder.REPORT_YEARS);
        assertThat(sweden.headers().get(0)).isEqualTo("area");
        assertThat(sweden.rows()).hasSize(21);
        assertThat(sweden.rows()).filteredOn(r -> r.get(0).startsWith("Dalarnas län (20)")).singleElement()
                .satisfies(r -> assertThat(r.get(0)).isEqualTo("Dalarnas län (20): 15 places, 15 counted earlier"));
        assertThat(sweden.rows()).filteredOn(r -> r.get(0).startsWith("Stockholms län (01)")).singleElement()
                .satisfies(r -> assertThat(r.get(0)).isEqualTo("Stockholms län (01): 26 places"));
        assertThat(sweden.note()).startsWith("290 places, summarised by the county or country they lie in");
        ReportTables.Table europe = ReportTables.places(facts.stages().get(3), facts.driverUnit(),
                ReportBuilder.REPORT_YEARS);
        assertThat(europe.rows()).hasSize(27).extracting(r -> r.get(0)).contains("Sweden", "Germany", "Malta");
        assertThat(europe.rows()).filteredOn(r -> r.get(0).equals("Sweden")).singleElement()
                .satisfies(r -> assertThat(r.get(1)).isEqualTo("0"));
        assertThat(europe.rows()).filteredOn(r -> r.get(0).equals("Germany")).singleElement()
                .satisfies(r -> assertThat(r.get(1)).isEqualTo("83,369,843"));
    }
}
