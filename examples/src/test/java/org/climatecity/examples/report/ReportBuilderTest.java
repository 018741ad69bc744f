package org.climatecity.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.climatecity.core.calc.GapAnalysis;
import org.climatecity.core.calc.GapYear;
import org.climatecity.core.calc.Trends;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.programme.PartnerRole;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private final ProgrammeDocument document = org.climatecity.examples.document.Documents.mainExample();
    private final ReportBuilder builder = ReportBuilder.of(document);

    @Test
    void comparesTheDayBeforeWithTheDayTheInitiativeBecameRegional() {
        assertThat(builder.before()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(builder.after()).isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void countsTwentyThreeMembersBeforeAndFortyEightAfter() {
        ReportModel.ProgrammeFacts programme = builder.programme();
        assertThat(programme.membersBefore()).isEqualTo(23);
        assertThat(programme.membersAfter()).isEqualTo(48);
        assertThat(programme.namedMembersAfter()).isEqualTo(23);
        assertThat(programme.agencies()).isEqualTo(6);
        assertThat(programme.scopeBefore()).isEqualTo("local: Borlänge (2081)");
        assertThat(programme.scopeAfter()).isEqualTo("regional: Dalarnas län (20)");
        assertThat(programme.supportedCities()).containsExactly("Borlänge: funding and expert support",
                "Avesta: funding and expert support");
    }

    @Test
    void pairsBorlangeWithAvestaAroundTheJointTarget() {
        assertThat(builder.twins()).singleElement().satisfies(twin -> {
            assertThat(twin.pilotCity()).isEqualTo("Borlänge");
            assertThat(twin.twinCity()).isEqualTo("Avesta");
            assertThat(twin.since()).isEqualTo(CanonicalScenario.EXPANSION);
            assertThat(twin.sharedTargets()).containsExactly("Borlänge and Avesta climate neutral 2030");
        });
    }

    @Test
    void showsTheRegionalPartnersGoingFromSupportingToActiveCoordinators() {
        assertThat(builder.partners()).filteredOn(p -> p.partner().startsWith("Region Dalarna")
                || p.partner().startsWith("Länsstyrelsen")).hasSize(2).allSatisfy(p -> {
                    assertThat(p.before()).containsExactly(PartnerRole.SUPPORTING);
                    assertThat(p.after()).isEqualTo(EnumSet.of(PartnerRole.ACTIVE_PARTY, PartnerRole.COORDINATOR));
                });
        assertThat(builder.partners()).extracting(ReportModel.PartnerFacts::partner)
                .contains("Borlänge Energi", "SSAB", "Högskolan Dalarna", "Tunabyggen", "IKEA");
    }

    @Test
    void measuresBorlangeAvestaAndBothTogetherAgainstTheirTargets() {
        List<ReportModel.CityFacts> cities = builder.cities();
        assertThat(cities).extracting(ReportModel.CityFacts::code).containsExactly("2081", "2084", "2081+2084");
        ReportModel.CityFacts borlange = cities.get(0);
        assertThat(borlange.targetName()).isEqualTo("Klimatneutrala Borlänge 2030");
        assertThat(borlange.lastObservedYear()).isEqualTo(2024);
        assertThat(Math.round(borlange.lastObserved())).isEqualTo(423_796L);
        assertThat(borlange.trend().firstKey()).isEqualTo(2024);
        assertThat(borlange.trend().lastKey()).isEqualTo(2045);
        assertThat(borlange.trend().get(2024)).isCloseTo(borlange.lastObserved(), within(1e-6));
    }

    @Test
    void usesTheLibrarysLadTrendFrom2015() {
        ReportModel.CityFacts borlange = builder.cities().get(0);
        YearlySeries history = YearlySeries.of(borlange.history());
        assertThat(borlange.trendSlope()).isEqualTo(Trends.lad(history, 2015).slope());
    }

    @Test
    void givesAvestaItsShareOfTheJointTargetByBaseline() {
        ReportModel.CityFacts avesta = builder.cities().get(1);
        ReportModel.CityFacts joint = builder.cities().get(2);
        double share = CanonicalScenario.AVESTA_1990_TONNES / CanonicalScenario.JOINT_1990_TONNES;
        assertThat(avesta.targetName()).contains("Avesta's share");
        assertThat(avesta.targetPath().get(2030)).isCloseTo(joint.targetPath().get(2030) * share, within(1e-6));
        // climate neutral with 15 % residual of the 1990 baseline
        assertThat(joint.targetPath().get(2030)).isCloseTo(0.15 * CanonicalScenario.JOINT_1990_TONNES, within(1e-3));
    }

    @Test
    void countsOnlyDeliveringActionsInTheGapWithActions() {
        ReportModel.CityFacts borlange = builder.cities().get(0);
        // Borlänge: peak load 15,000 (approved, 3 years from 2025), electric buses 6,000 (in progress, 4 years),
        // machinery 4,000 (planned, 3 years from 2026); the proposed SSAB study and transport action do not count
        double expected2030 = 15_000 + 6_000 + 4_000;
        assertThat(borlange.trend().get(2030) - borlange.trendWithActions().get(2030))
                .isCloseTo(Math.min(expected2030, borlange.trend().get(2030)), within(1e-6));
        assertThat(borlange.gap(2030).getAsDouble() - borlange.gapWithActions(2030).getAsDouble())
                .isCloseTo(expected2030, within(1e-6));
        assertThat(borlange.actionCount()).isEqualTo(3);
    }

    @Test
    void buildsTheGapOnTheLibrarysGapAnalysisOverTheYearsOfTheTargetPath() {
        for (ReportModel.CityFacts city : builder.cities()) {
            GapAnalysis gaps = city.gapAnalysis().orElseThrow();
            // the trend starts in the last observed year, the target path ends in the target year
            assertThat(gaps.years().get(0).year()).isEqualTo(2024);
            assertThat(gaps.years().get(gaps.years().size() - 1).year()).isEqualTo(2030);
            GapYear targetYear = gaps.year(2030);
            assertThat(city.gap(2030)).hasValue(targetYear.gap());
            assertThat(city.gapWithActions(2030)).hasValue(targetYear.gapWithActions());
            // the analysis agrees with the paths the charts draw
            assertThat(targetYear.trend()).isEqualTo(city.trend().get(2030));
            assertThat(targetYear.target()).isEqualTo(city.targetPath().get(2030));
            assertThat(targetYear.trendWithActions()).isEqualTo(city.trendWithActions().get(2030));
            assertThat(city.gap(2031)).isEmpty();
            assertThat(city.gap(2023)).isEmpty();
        }
    }

    @Test
    void measuresAvestasGapAgainstItsShareOfTheJointPath() {
        ReportModel.CityFacts avesta = builder.cities().get(1);
        ReportModel.CityFacts joint = builder.cities().get(2);
        double share = CanonicalScenario.AVESTA_1990_TONNES / CanonicalScenario.JOINT_1990_TONNES;
        assertThat(avesta.gap(2030).getAsDouble()).isCloseTo(
                avesta.trend().get(2030) - share * joint.targetPath().get(2030), within(1e-6));
    }

    @Test
    void buildsTheReportFromTheCitiesItIsGivenWithoutComputingThemAgain() {
        List<ReportModel.CityFacts> cities = builder.cities();
        ReportModel model = builder.build(cities, List.of(), null);
        assertThat(model.cities()).hasSameSizeAs(cities);
        for (int i = 0; i < cities.size(); i++) {
            assertThat(model.cities().get(i)).isSameAs(cities.get(i));
        }
    }

    @Test
    void measuresACityAgainstItsTargetWithinTheTargetsSectors() {
        // Borlänge's own target, narrowed to all sectors but industry: its history leaves industry out
        org.climatecity.core.targets.ClimateTarget own = document.initiatives().get(0)
                .target(CanonicalScenario.BORLANGE_TARGET).orElseThrow();
        List<org.climatecity.core.emissions.EmissionsSector> withoutIndustry = java.util.Arrays
                .stream(org.climatecity.core.emissions.SwedishMainSector.values())
                .filter(s -> s != org.climatecity.core.emissions.SwedishMainSector.INDUSTRY)
                .map(org.climatecity.core.emissions.EmissionsSector.class::cast).toList();
        org.climatecity.core.targets.ClimateTarget narrowed = new org.climatecity.core.targets.ClimateTarget(
                own.id(), own.name(), own.owners(), own.kind(), own.boundary(), withoutIndustry, own.gasBasis(),
                own.baseline(), own.targetYear(), own.milestones(), own.pathway(), own.adopted(), own.url(),
                own.summary(), own.provenance(), own.reportedProgress());
        org.climatecity.core.programme.Initiative initiative = document.initiatives().get(0);
        List<org.climatecity.core.targets.ClimateTarget> targets = initiative.targets().stream()
                .map(t -> t.id().equals(own.id()) ? narrowed : t).toList();
        ProgrammeDocument edited = new ProgrammeDocument(document.actors(), document.programmes(),
                List.of(initiative.withTargets(targets)),
                document.inventories());
        org.climatecity.core.emissions.EmissionsInventory borlange2024 = document
                .inventoriesOf(CanonicalScenario.BORLANGE).stream().filter(i -> i.year() == 2024).findFirst()
                .orElseThrow();

        ReportModel.CityFacts city = ReportBuilder.of(edited).cities().get(0);

        assertThat(city.name()).isEqualTo("Borlänge");
        assertThat(city.history().get(2024)).isCloseTo(borlange2024.total().tonnesCo2e()
                - borlange2024.sector(org.climatecity.core.emissions.SwedishMainSector.INDUSTRY).tonnesCo2e(),
                within(1e-6));
    }
}
