package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.core.common.Share;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.junit.jupiter.api.Test;

/**
 * A small plan computed by hand. The pilot saves 0.1 / 0.2 / 0.4 t per resident and year.
 * <ul>
 * <li>Pilot cities Borlänge (53,000) and Avesta (23,000), from 2025, linear over 2 years to 50 %: shares 0, 0.25,
 * 0.5, 0.5 in 2025-2028.</li>
 * <li>Dalarna from reference data (Borlänge, Avesta, Falun 60,000), a step in 2026 to 20 %: only Falun is new, shares
 * 0, 0.2, 0.2, 0.2.</li>
 * <li>Sweden as one aggregate of 10,000,000, a step one year after 2027 to 10 %: it counts 10,000,000 - 136,000 =
 * 9,864,000 residents, shares 0, 0, 0, 0.1.</li>
 * </ul>
 * Central effect in 2028: 0.2 × 76,000 × 0.5 + 0.2 × 60,000 × 0.2 + 0.2 × 9,864,000 × 0.1 = 7,600 + 2,400 + 197,280
 * = 207,280 t.
 */
class PilotScalingTest {

    private static final Provenance SOURCE = Provenance.illustrative("test");
    private static final Geography DALARNA = Geography.county(CountyCode.of("20"));
    private static final Geography SWEDEN = Geography.country(CountryCode.SWEDEN);

    private final Pilot pilot = new Pilot(LocalId.of("heat-pumps"), "Heat pumps", null,
            List.of(ActorId.of("borlange"), ActorId.of("avesta")), Driver.population(),
            new EffectEstimate(0.1, 0.2, 0.4), SOURCE);

    private final ScalingStage pilotCities = new ScalingStage(LocalId.of("pilot-cities"), "Pilot cities",
            List.of(municipality("2081"), municipality("2084")), 2025, new AdoptionCurve.Linear(2), Share.of(0.5),
            List.of(jurisdiction("2081", 53_000), jurisdiction("2084", 23_000)), null);
    private final ScalingStage dalarna = new ScalingStage(LocalId.of("dalarna"), "Dalarna", List.of(DALARNA), 2026,
            new AdoptionCurve.Step(0), Share.of(0.2), List.of(), null);
    private final ScalingStage sweden = new ScalingStage(LocalId.of("sweden"), "Sweden", List.of(SWEDEN), 2027,
            new AdoptionCurve.Step(1), Share.of(0.1), List.of(new Jurisdiction(LocalId.of("se"), "Sweden", SWEDEN,
                    10_000_000,
                    SOURCE)), null);
    private final ScalingPlan plan = new ScalingPlan(LocalId.of("plan"), pilot.id(),
            List.of(pilotCities, dalarna, sweden));
    private final JurisdictionSource referenceData = (geographies, driver) -> {
        assertThat(geographies).containsExactly(DALARNA);
        assertThat(driver).isEqualTo(Driver.population());
        return List.of(jurisdiction("2081", 53_000), jurisdiction("2084", 23_000), jurisdiction("2080", 60_000));
    };

    @Test
    void totalsPerStageAndYearMatchTheHandComputedCase() {
        ScalingProjection projection = PilotScaling.project(plan, pilot, referenceData, 2025, 2028);
        assertThat(projection.stages()).extracting(StageProjection::stage)
                .containsExactly(pilotCities.id(), dalarna.id(), sweden.id());
        assertThat(central(projection.stage(pilotCities.id()))).containsExactly(
                new double[] {0, 3_800, 7_600, 7_600}, within(1e-6));
        assertThat(central(projection.stage(dalarna.id()))).containsExactly(
                new double[] {0, 2_400, 2_400, 2_400}, within(1e-6));
        assertThat(central(projection.stage(sweden.id()))).containsExactly(
                new double[] {0, 0, 0, 197_280}, within(1e-6));
        ScalingYear total = projection.total(2028);
        assertThat(total.low()).isCloseTo(103_640, within(1e-6));
        assertThat(total.central()).isCloseTo(207_280, within(1e-6));
        assertThat(total.high()).isCloseTo(414_560, within(1e-6));
    }

    @Test
    void countsEachPlaceOnceInTheEarliestStageThatCoversIt() {
        ScalingProjection projection = PilotScaling.project(plan, pilot, referenceData, 2025, 2028);
        StageProjection county = projection.stage(dalarna.id());
        assertThat(county.jurisdictions()).extracting(Jurisdiction::id).containsExactly(LocalId.of("m2080"));
        assertThat(county.driverTotal()).isEqualTo(60_000.0);
        StageProjection nation = projection.stage(sweden.id());
        assertThat(nation.driverTotal()).isEqualTo(9_864_000.0);
        assertThat(nation.jurisdictions().get(0).driverValue()).isEqualTo(9_864_000.0);
    }

    @Test
    void givesTheEffectOfOneJurisdictionInAYear() {
        StageProjection stage = PilotScaling.project(plan, pilot, referenceData, 2025, 2028).stage(pilotCities.id());
        ScalingYear borlange = stage.jurisdictionYear(0, 2026);
        assertThat(borlange.year()).isEqualTo(2026);
        assertThat(borlange.low()).isCloseTo(0.1 * 53_000 * 0.25, within(1e-9));
        assertThat(borlange.central()).isCloseTo(0.2 * 53_000 * 0.25, within(1e-9));
        assertThat(borlange.high()).isCloseTo(0.4 * 53_000 * 0.25, within(1e-9));
        assertThat(stage.adoptionShare(2027)).isEqualTo(0.5);
    }

    @Test
    void aStageAloneCountsAllItsJurisdictions() {
        ScalingPlan countyOnly = new ScalingPlan(LocalId.of("county"), pilot.id(), List.of(dalarna));
        StageProjection stage = PilotScaling.project(countyOnly, pilot, referenceData, 2026, 2026).stages().get(0);
        assertThat(stage.driverTotal()).isEqualTo(136_000.0);
        assertThat(stage.year(2026).central()).isCloseTo(0.2 * 136_000 * 0.2, within(1e-9));
    }

    @Test
    void rejectsAPilotTheScalingPlanDoesNotScale() {
        Pilot other = new Pilot(LocalId.of("other"), "Other", null, List.of(ActorId.of("borlange")),
                Driver.population(), EffectEstimate.exactly(1), SOURCE);
        assertThatThrownBy(() -> PilotScaling.project(plan, other, referenceData, 2025, 2028))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("scaling plan 'plan' scales pilot 'heat-pumps', was given pilot 'other'");
    }

    @Test
    void rejectsAStageWithoutJurisdictionsWhenNoSourceIsGiven() {
        assertThatThrownBy(() -> PilotScaling.project(plan, pilot, 2025, 2028))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("jurisdictions of stage 'dalarna' could not be found: scaling stage lists no jurisdictions"
                        + " and no jurisdiction source was given");
    }

    @Test
    void rejectsASourceJurisdictionOutsideTheStagesAreas() {
        JurisdictionSource wrong = (geographies, driver) -> List.of(jurisdiction("0180", 1));
        assertThatThrownBy(() -> PilotScaling.project(plan, pilot, wrong, 2025, 2028))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("jurisdictions of stage 'dalarna' must lie within its areas, was 'm0180'");
    }

    @Test
    void rejectsAnOutsideJurisdictionAfterInsideOnesThatShareAnArea() {
        Geography falun = municipality("2080");
        JurisdictionSource mixed = (geographies, driver) -> List.of(
                new Jurisdiction(LocalId.of("falun-north"), "Falun north", falun, 30_000, SOURCE),
                new Jurisdiction(LocalId.of("falun-south"), "Falun south", falun, 30_000, SOURCE),
                jurisdiction("0180", 1));
        assertThatThrownBy(() -> PilotScaling.project(plan, pilot, mixed, 2025, 2028))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("jurisdictions of stage 'dalarna' must lie within its areas, was 'm0180'");
    }

    @Test
    void rejectsYearsOutOfOrder() {
        assertThatThrownBy(() -> PilotScaling.project(plan, pilot, referenceData, 2028, 2025))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("last year must not be before first year 2028, was 2025");
    }

    @Test
    void rejectsAYearNotProjected() {
        StageProjection stage = PilotScaling.project(plan, pilot, referenceData, 2025, 2028).stages().get(0);
        assertThatThrownBy(() -> stage.year(2029)).isInstanceOf(ClimateCityException.class)
                .hasMessage("stage projection covers 2025-2028, was asked for 2029");
    }

    private static double[] central(StageProjection stage) {
        return stage.years().stream().mapToDouble(ScalingYear::central).toArray();
    }

    private static Geography municipality(String code) {
        return Geography.municipality(MunicipalityCode.of(code));
    }

    private static Jurisdiction jurisdiction(String code, double population) {
        return new Jurisdiction(LocalId.of("m" + code), "Municipality " + code, municipality(code), population, SOURCE);
    }
}
