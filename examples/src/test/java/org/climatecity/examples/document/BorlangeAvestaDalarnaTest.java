package org.climatecity.examples.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.climatecity.core.fixture.CanonicalScenario.AVESTA;
import static org.climatecity.core.fixture.CanonicalScenario.BORLANGE;

import java.util.List;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.calc.PlanEffects;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.Trends;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.scenario.ScenarioKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BorlangeAvestaDalarnaTest {

    private static ValidatorFactory validation;
    private final ProgrammeDocument document = BorlangeAvestaDalarna.document();

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    @Test
    void isValidUnderEveryDocumentConstraint() {
        assertThat(validation.getValidator().validate(document)).isEmpty();
    }

    @Test
    void keepsTheCanonicalScenarioExceptForInventoriesAndTheJointPlan() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        assertThat(document.actors()).isEqualTo(canonical.actors());
        assertThat(document.firstProgramme()).isEqualTo(canonical.firstProgramme());
        ActionPlan forumPlan = document.initiatives().get(0).actionPlans().get(0);
        ActionPlan canonicalPlan = canonical.initiatives().get(0).actionPlans().get(0);
        assertThat(forumPlan.id()).isEqualTo(canonicalPlan.id());
        assertThat(forumPlan.name()).isEqualTo(canonicalPlan.name() + " (illustrative)");
        assertThat(forumPlan.actions()).extracting(Action::expectedAnnualReduction)
                .isEqualTo(canonicalPlan.actions().stream().map(Action::expectedAnnualReduction).toList());
        assertThat(document.initiatives().get(0).pilots()).isEqualTo(canonical.initiatives().get(0).pilots());
        // the scaling plan's stages are the canonical ones but for the Europe stage's jurisdictions
        List<ScalingStage> stages = document.initiatives().get(0).scalingPlans().get(0).stages();
        List<ScalingStage> canonicalStages = canonical.initiatives().get(0).scalingPlans().get(0).stages();
        assertThat(stages.subList(0, 3)).isEqualTo(canonicalStages.subList(0, 3));
        assertThat(stages.get(3)).usingRecursiveComparison().ignoringFields("jurisdictions")
                .isEqualTo(canonicalStages.get(3));
    }

    @Test
    void hasABusinessAsUsualAndAWithMeasuresScenarioPerTwinCityFromTheSmhiTrend() {
        for (var city : List.of(BORLANGE, AVESTA)) {
            List<Scenario> scenarios = document.scenariosOf(city);
            assertThat(scenarios).extracting(Scenario::kind).containsExactly(ScenarioKind.BUSINESS_AS_USUAL,
                    ScenarioKind.WITH_ADDITIONAL_MEASURES);
            Scenario bau = scenarios.get(0);
            Scenario wam = scenarios.get(1);
            List<EmissionsInventory> inventories = document.inventoriesOf(city);
            EmissionsInventory last = inventories.get(inventories.size() - 1);
            assertThat(bau.baseYear()).isEqualTo(last.year());
            // the central line of each sector is the anchored least-squares trend of SMHI's series from 2015
            for (SwedishMainSector sector : SwedishMainSector.values()) {
                Trend trend = Trends.ols(YearlySeries.fromInventories(inventories, sector), 2015);
                assertThat(bau.projection(2030, sector).orElseThrow().central())
                        .isCloseTo(trend.anchoredValue(2030), within(0.005));
            }
            // with the plan, each year's central line is the baseline's less the city's actions' cut
            List<Action> actions = wam.actions().stream().map(id -> document.action(id).orElseThrow()).toList();
            assertThat(actions).isNotEmpty().allSatisfy(a -> assertThat(a.responsible().equals(city)
                    || a.participants().contains(city)).isTrue());
            for (int year : wam.years()) {
                double cut = PlanEffects.reduction(bau, actions, year).orElseThrow().central();
                assertThat(wam.total(year).orElseThrow().central())
                        .isCloseTo(bau.total(year).orElseThrow().central() - cut, within(0.01));
            }
            assertThat(bau.provenance().isIllustrative()).isTrue();
            assertThat(wam.provenance().isIllustrative()).isTrue();
        }
    }

    @Test
    void hasTenYearsOfSmhiInventoriesForBothTwinCities() {
        for (var city : List.of(BORLANGE, AVESTA)) {
            assertThat(document.inventoriesOf(city)).extracting(EmissionsInventory::year)
                    .containsExactly(1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024);
            assertThat(document.inventoriesOf(city)).allSatisfy(i -> {
                assertThat(i.entries()).hasSize(9);
                assertThat(i.provenance().source().publisher()).isEqualTo("SMHI");
            });
        }
        assertThat(document.inventoriesOf(BORLANGE).get(9).total().tonnesCo2e()).isCloseTo(423_795.83, within(0.005));
    }

    @Test
    void agreesWithTheCanonicalScenariosSampleYears() {
        for (EmissionsInventory sample : CanonicalScenario.document().inventories()) {
            EmissionsInventory full = document.inventoriesOf(sample.owner()).stream()
                    .filter(i -> i.year() == sample.year()).findFirst().orElseThrow();
            assertThat(full.entries()).isEqualTo(sample.entries());
        }
    }

    @Test
    void marksEveryActionOfEveryPlanAsIllustrative() {
        assertThat(document.initiatives().get(0).actionPlans()).hasSize(2).allSatisfy(plan -> {
            assertThat(plan.name()).endsWith("(illustrative)");
            assertThat(plan.actions()).extracting(Action::title)
                    .allSatisfy(t -> assertThat(t).endsWith("(illustrative)"));
        });
    }

    @Test
    void givesTheJointPlanToBothTwinCities() {
        ActionPlan joint = document.initiatives().get(0).actionPlans().stream()
                .filter(p -> p.id().equals(BorlangeAvestaDalarna.JOINT_ACTION_PLAN)).findFirst().orElseThrow();
        assertThat(joint.name()).contains("illustrative");
        assertThat(joint.owners()).containsExactly(BORLANGE, AVESTA);
        assertThat(joint.actions()).extracting(Action::title).allSatisfy(t -> assertThat(t).endsWith("(illustrative)"));
    }

    @Test
    void holdsKlimatkollensKeyFiguresOfBothCitiesWithTheirSource() {
        var initiative = document.initiatives().get(0);
        // figures as published in Klimatkollen's climate-data.json
        Indicator borlangeCars = initiative.indicator(CanonicalScenario.INDICATOR_ELECTRIC_CARS).orElseThrow();
        assertThat(borlangeCars.observationsByYear().keySet()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020,
                2021, 2022);
        assertThat(borlangeCars.observationIn(2015).orElseThrow().value()).isEqualTo(0.518);
        assertThat(borlangeCars.observationIn(2022).orElseThrow().value()).isEqualTo(51.92);
        assertThat(initiative.indicator(LocalId.of("electric-car-share-avesta")).orElseThrow()
                .observationIn(2022).orElseThrow().value()).isEqualTo(44.209);
        assertThat(undated(initiative, "bicycle-metres-borlange")).isEqualTo(3.589);
        assertThat(undated(initiative, "consumption-emissions-avesta")).isEqualTo(6232.0);
        assertThat(undated(initiative, "electric-cars-per-charging-point-borlange")).isEqualTo(17.824);
        assertThat(initiative.indicator(LocalId.of("climate-plan-year-avesta")).orElseThrow().observationIn(2020))
                .hasValueSatisfying(o -> assertThat(o.value()).isEqualTo(2020.0));
        assertThat(initiative.indicators()).filteredOn(i -> i.provenance() != null
                        && i.provenance().source() != null
                        && i.provenance().source().equals(KlimatkollenKeyFigures.KLIMATKOLLEN))
                .hasSize(10).allSatisfy(i -> {
                    // sourced as their indicator is: the source is stated once, on the indicator
                    assertThat(i.provenance().source().citation()).contains("MIT License");
                    assertThat(i.observations()).isNotEmpty().allSatisfy(o -> assertThat(o.provenance()).isNull());
                });
    }

    @Test
    void givesTheJointPlanStatusHistoriesEndingInItsStatus() {
        ActionPlan joint = document.initiatives().get(0).actionPlans().get(1);
        assertThat(joint.actions()).allSatisfy(a -> {
            assertThat(a.statusHistory()).isNotEmpty();
            assertThat(a.statusHistory().get(a.statusHistory().size() - 1).status()).isEqualTo(a.status());
            assertThat(a.statusHistory()).allSatisfy(c -> assertThat(c.provenance().isIllustrative()).isTrue());
        });
    }

    private static double undated(org.climatecity.core.programme.Initiative initiative, String id) {
        Indicator indicator = initiative.indicator(LocalId.of(id)).orElseThrow();
        assertThat(indicator.observations()).singleElement().satisfies(o -> assertThat(o.period()).isNull());
        return indicator.observations().get(0).value();
    }

    @Test
    void scalesToTheTwentySevenMemberStatesWithTheirPopulation() {
        ScalingStage europe = document.initiatives().get(0).scalingPlans().get(0).stages().get(3);
        assertThat(europe.jurisdictions()).hasSize(27).allSatisfy(j -> {
            assertThat(j.geography()).isInstanceOf(Geography.CountryArea.class);
            assertThat(europe.geographies().get(0).contains(j.geography())).isTrue();
            assertThat(j.provenance().source()).isEqualTo(EuropeanUnionStates.WPP_2022);
        });
        assertThat(europe.jurisdictions()).extracting(Jurisdiction::name).contains("Sweden", "Germany", "Malta");
        // figures of the file: Germany 83,369,843 and Malta 533,286 residents; 447.3 million in all
        assertThat(europe.jurisdictions()).filteredOn(j -> j.name().equals("Germany")).singleElement()
                .satisfies(j -> assertThat(j.driverValue()).isEqualTo(83_369_843.0));
        assertThat(europe.jurisdictions()).filteredOn(j -> j.name().equals("Malta")).singleElement()
                .satisfies(j -> assertThat(j.driverValue()).isEqualTo(533_286.0));
        assertThat(europe.jurisdictions().stream().mapToDouble(Jurisdiction::driverValue).sum() / 1e6)
                .isCloseTo(447.3, within(0.05));
    }
}
