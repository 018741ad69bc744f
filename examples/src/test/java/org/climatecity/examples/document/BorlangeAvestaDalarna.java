package org.climatecity.examples.document;

import static org.climatecity.core.fixture.CanonicalScenario.AVESTA;
import static org.climatecity.core.fixture.CanonicalScenario.BORLANGE;
import static org.climatecity.core.fixture.CanonicalScenario.BORLANGE_ENERGI;
import static org.climatecity.core.fixture.CanonicalScenario.HOGSKOLAN_DALARNA;
import static org.climatecity.core.fixture.CanonicalScenario.REGION_DALARNA;
import static org.climatecity.core.fixture.CanonicalScenario.SSAB;
import static org.climatecity.core.fixture.CanonicalScenario.TUNABYGGEN;
import static org.climatecity.core.fixture.CanonicalScenario.VIABLE_CITIES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.CoBenefit;
import org.climatecity.core.action.EffectBasis;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.action.ImpactDirection;
import org.climatecity.core.action.Lever;
import org.climatecity.core.action.StatusChange;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Direction;
import org.climatecity.core.indicators.ImpactCategory;
import org.climatecity.core.indicators.ImpactPathway;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.PathwayStep;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.time.YearRange;
import org.climatecity.interop.reference.SwedishReferenceData;

/**
 * Builds the embedded document of the main example from the project's canonical scenario: the
 * {@link CanonicalScenario} document, with the full emissions series of Borlänge (2081) and Avesta (2084) from the
 * reference data in place of its two sample years, a joint action plan of the twin cities, and the 27 member
 * states of the EU, each with its population, as the jurisdictions of the Europe stage.
 *
 * <p>The action plans' actions and figures are illustrative, as each plan says in its name and each action in its
 * title: the forum's real plans are not published in our sources.
 */
final class BorlangeAvestaDalarna {

    /** The joint action plan of the twin cities. */
    static final LocalId JOINT_ACTION_PLAN = LocalId.of("joint-action-plan-borlange-avesta");

    private BorlangeAvestaDalarna() {
    }

    /**
     * Builds the document.
     *
     * @return the document, valid
     */
    static ProgrammeDocument document() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        List<EmissionsInventory> inventories = new ArrayList<>();
        for (ActorId city : List.of(BORLANGE, AVESTA)) {
            Municipality municipality = (Municipality) canonical.requireActor(city);
            for (int year : SwedishReferenceData.get().emissionsYears()) {
                inventories.add(SwedishReferenceData.get().inventory(city, municipality.requireCode(), year));
            }
        }
        canonical.inventories().stream()
                .filter(i -> !i.owner().equals(BORLANGE) && !i.owner().equals(AVESTA))
                .forEach(inventories::add);

        Initiative i = canonical.initiatives().get(0);
        List<ActionPlan> plans = new ArrayList<>();
        i.actionPlans().forEach(plan -> plans.add(markedIllustrative(plan)));
        plans.add(jointActionPlan());
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : i.indicators()) {
            // the canonical scenario samples three years of Borlänge's car share; the full series replaces it
            if (!indicator.id().equals(CanonicalScenario.INDICATOR_ELECTRIC_CARS)) {
                indicators.add(indicator);
            }
        }
        indicators.addAll(jointPlanIndicators());
        indicators.addAll(KlimatkollenKeyFigures.indicators());
        List<FundingSource> sources = new ArrayList<>(i.fundingSources());
        sources.addAll(JointInvestmentPlan.fundingSources());
        List<InvestmentPlan> investmentPlans = new ArrayList<>(i.investmentPlans());
        investmentPlans.add(JointInvestmentPlan.plan());
        List<ScalingPlan> scalingPlans = i.scalingPlans().stream().map(BorlangeAvestaDalarna::toMemberStates)
                .toList();
        List<ImpactPathway> pathways = new ArrayList<>(i.pathways());
        pathways.add(chargingPathway());
        Initiative initiative = new Initiative(i.id(), i.name(), i.leadCity(), i.scopes(), i.twinPairings(),
                i.partnerships(), i.forums(), i.commitments(), i.targets(), plans, i.pilots(), scalingPlans,
                indicators, sources, investmentPlans, i.contractRounds(), pathways);
        List<Initiative> initiatives = new ArrayList<>(canonical.initiatives());
        initiatives.set(0, initiative);
        // the canonical scenario's sample scenarios give way to scenarios built from the full series
        List<Scenario> scenarios = new ArrayList<>();
        ActionPlan joint = plans.get(plans.size() - 1);
        scenarios.addAll(BorlangeAvestaScenarios.of(BORLANGE, "borlange", "Borlänge", ofCity(inventories, BORLANGE),
                joint));
        scenarios.addAll(BorlangeAvestaScenarios.of(AVESTA, "avesta", "Avesta", ofCity(inventories, AVESTA), joint));
        return new ProgrammeDocument(canonical.actors(), canonical.programmes(), initiatives, inventories, scenarios);
    }

    private static List<EmissionsInventory> ofCity(List<EmissionsInventory> inventories, ActorId city) {
        return inventories.stream().filter(i -> i.owner().equals(city))
                .sorted(java.util.Comparator.comparingInt(EmissionsInventory::year)).toList();
    }

    /** Avesta's charging and mobility hubs, through the Klimatkollen key figures they move. */
    private static ImpactPathway chargingPathway() {
        return new ImpactPathway(LocalId.of("avesta-charging-pathway"), AVESTA_CHARGING,
                List.of(new PathwayStep("more public charging points per electric car",
                        LocalId.of("electric-cars-per-charging-point-avesta"))),
                List.of(new PathwayStep("more of the new cars are electric chargeable",
                        LocalId.of("electric-car-share-avesta"))),
                List.of(), Provenance.illustrative("the pathway is made up to show how an action is followed through"
                        + " Klimatkollen's key figures; the key figures are Klimatkollen's"));
    }

    /**
     * Returns a scaling plan whose Europe stage scales to the 27 member states, each with its population, in place
     * of the canonical scenario's one aggregate jurisdiction; the other stages are kept as they are.
     */
    private static ScalingPlan toMemberStates(ScalingPlan plan) {
        List<ScalingStage> stages = plan.stages().stream().map(stage -> !stage.id().equals(
                CanonicalScenario.STAGE_EUROPE) ? stage : new ScalingStage(stage.id(), stage.name(),
                        stage.geographies(), stage.startYear(), stage.adoption(), stage.saturationShare(),
                        EuropeanUnionStates.jurisdictions(), stage.provenance())).toList();
        return new ScalingPlan(plan.id(), plan.pilot(), stages);
    }

    /**
     * Returns the canonical scenario's forum plan with "(illustrative)" in its title and its actions' titles: its
     * figures are made up (the forum's plans are not published), which the document itself must say.
     */
    private static ActionPlan markedIllustrative(ActionPlan plan) {
        List<Action> actions = plan.actions().stream().map(a -> a.withTitle(illustrative(a.title()))).toList();
        return new ActionPlan(plan.id(), illustrative(plan.name()), plan.owners(), plan.adoptedYear(), actions);
    }

    private static String illustrative(String title) {
        return title.contains("illustrative") ? title : title + " (illustrative)";
    }

    /** The joint plan's actions and figures are made up: no joint plan of Borlänge and Avesta is published. */
    private static final Provenance JOINT_PLAN_FIGURES = Provenance.illustrative("actions and figures made up to"
            + " show the gap calculation; no joint plan of Borlänge and Avesta is published");

    private static ActionPlan jointActionPlan() {
        LocalId viableCities = CanonicalScenario.FUNDING_VIABLE_CITIES;
        List<Action> actions = List.of(
                new Action(LocalId.of("fossil-free-peak-load-district-heating"),
                        "Fossil-free peak load in Borlänge's district heating (illustrative)",
                        FieldOfAction.ENERGY_SYSTEMS, List.of(Lever.TECHNOLOGY_AND_INFRASTRUCTURE, Lever.FINANCE),
                        BORLANGE_ENERGI, List.of(BORLANGE), YearRange.of(2025, 2028), ActionStatus.APPROVED, 15_000,
                        3, SwedishMainSector.ELECTRICITY_AND_DISTRICT_HEATING,
                        Money.of(BigDecimal.valueOf(120_000_000), "SEK"), List.of(viableCities),
                        JOINT_PLAN_FIGURES,
                        history(inJointPlan(),
                                change(2025, 6, 16, ActionStatus.APPROVED,
                                        "investment approved by Borlänge Energi's board")),
                        null, null, null),
                new Action(LocalId.of("electric-public-transport-borlange"),
                        "Electric buses and fossil-free municipal fleet in Borlänge (illustrative)",
                        FieldOfAction.MOBILITY_AND_TRANSPORT, List.of(Lever.TECHNOLOGY_AND_INFRASTRUCTURE,
                                Lever.POLICY),
                        BORLANGE, List.of(REGION_DALARNA), YearRange.of(2025, 2030), ActionStatus.IN_PROGRESS, 6_000,
                        4, SwedishMainSector.DOMESTIC_TRANSPORT, null, List.of(),
                        JOINT_PLAN_FIGURES,
                        history(inJointPlan(),
                                change(2025, 2, 10, ActionStatus.APPROVED, "procurement decided"),
                                change(2025, 9, 1, ActionStatus.IN_PROGRESS, "first electric buses in service")),
                        LocalDate.of(2025, 9, 1), null, null),
                new Action(LocalId.of("fossil-free-construction-machinery"),
                        "Fossil-free work machinery in municipal contracts (illustrative)",
                        FieldOfAction.BUILT_ENVIRONMENT, List.of(Lever.POLICY), BORLANGE, List.of(TUNABYGGEN),
                        YearRange.of(2026, 2030), ActionStatus.PLANNED, 4_000, 3, SwedishMainSector.WORK_MACHINERY,
                        null, List.of(), JOINT_PLAN_FIGURES,
                        history(inJointPlan()), null, null,
                        null),
                new Action(LocalId.of("avesta-industry-energy-network"),
                        "Energy-efficiency network for Avesta's industry (illustrative)", FieldOfAction.INDUSTRY,
                        List.of(Lever.LEARNING, Lever.SOCIAL_INNOVATION), AVESTA, List.of(HOGSKOLAN_DALARNA),
                        YearRange.of(2025, 2030), ActionStatus.PLANNED, 10_000, 5, SwedishMainSector.INDUSTRY,
                        Money.of(BigDecimal.valueOf(8_000_000), "SEK"), List.of(viableCities),
                        JOINT_PLAN_FIGURES,
                        history(inJointPlan()), null, null,
                        null),
                new Action(LocalId.of("avesta-charging-and-mobility-hubs"),
                        "Charging infrastructure and mobility hubs in Avesta (illustrative)",
                        FieldOfAction.MOBILITY_AND_TRANSPORT, List.of(Lever.TECHNOLOGY_AND_INFRASTRUCTURE), AVESTA,
                        List.of(), YearRange.of(2025, 2029), ActionStatus.DELAYED, 3_000, 4,
                        SwedishMainSector.DOMESTIC_TRANSPORT, null, List.of(), JOINT_PLAN_FIGURES,
                        history(inJointPlan(),
                                change(2025, 10, 1, ActionStatus.DELAYED,
                                        "building permits for the mobility hubs not yet granted")),
                        null, null, null),
                new Action(LocalId.of("electrified-steel-rolling-study"),
                        "Study of electrified reheating at the Borlänge rolling mill (illustrative)",
                        FieldOfAction.INDUSTRY, List.of(Lever.TECHNOLOGY_AND_INFRASTRUCTURE, Lever.LEARNING), SSAB,
                        List.of(BORLANGE, BORLANGE_ENERGI), YearRange.of(2027, 2032), ActionStatus.PROPOSED, 100_000,
                        5, SwedishMainSector.INDUSTRY, null, List.of(), JOINT_PLAN_FIGURES,
                        history(change(2024, 12, 5, ActionStatus.PROPOSED, "proposed to the forum by SSAB")),
                        null, null, null));
        return new ActionPlan(JOINT_ACTION_PLAN, "Joint action plan Borlänge and Avesta (illustrative)",
                List.of(BORLANGE, AVESTA), null, actions.stream().map(BorlangeAvestaDalarna::withEffect).toList());
    }

    /** Avesta's charging infrastructure and mobility hubs. */
    static final LocalId AVESTA_CHARGING = LocalId.of("avesta-charging-and-mobility-hubs");

    /**
     * Returns an action of the joint plan with its effect as a low, central and high reduction and, for two actions,
     * its co-benefits; the figures are as made up as the actions. The SSAB study states no effect.
     */
    private static Action withEffect(Action action) {
        return switch (action.id().value()) {
            case "fossil-free-peak-load-district-heating" -> action.withEffect(tonnes(
                    SwedishMainSector.ELECTRICITY_AND_DISTRICT_HEATING, new YearEstimate(2026, 3_000, 5_000, 6_000),
                    new YearEstimate(2028, 10_000, 15_000, 17_000)));
            case "electric-public-transport-borlange" -> action.withEffect(tonnes(
                    SwedishMainSector.DOMESTIC_TRANSPORT, new YearEstimate(2027, 2_000, 3_000, 4_000),
                    new YearEstimate(2030, 4_000, 6_000, 7_500)))
                    .withCoBenefits(List.of(
                            new CoBenefit(ImpactCategory.AIR_QUALITY, ImpactDirection.BETTER,
                                    List.of("residents along the bus routes of central Borlänge"), null,
                                    "no exhaust from the electric buses"),
                            new CoBenefit(ImpactCategory.NOISE, ImpactDirection.BETTER,
                                    List.of("residents along the bus routes of central Borlänge"), null, null)));
            case "fossil-free-construction-machinery" -> action.withEffect(share(SwedishMainSector.WORK_MACHINERY,
                    new YearEstimate(2028, 0.1, 0.15, 0.2), new YearEstimate(2030, 0.15, 0.25, 0.3)));
            case "avesta-industry-energy-network" -> action.withEffect(share(SwedishMainSector.INDUSTRY,
                    new YearEstimate(2027, 0.03, 0.05, 0.08), new YearEstimate(2030, 0.05, 0.08, 0.12)))
                    .withCoBenefits(List.of(new CoBenefit(ImpactCategory.JOBS, ImpactDirection.BETTER,
                            List.of("employees of Avesta's industry"), null,
                            "lower energy costs keep industrial jobs in Avesta")));
            case "avesta-charging-and-mobility-hubs" -> action.withEffect(tonnes(
                    SwedishMainSector.DOMESTIC_TRANSPORT, new YearEstimate(2027, 1_000, 1_500, 2_500),
                    new YearEstimate(2029, 2_000, 3_000, 4_000)))
                    .withCoBenefits(List.of(new CoBenefit(ImpactCategory.EQUITY, ImpactDirection.WORSE,
                            List.of("households without a car"), LocalId.of("electric-car-share-avesta"),
                            "charging points serve car owners; the mobility hubs are meant to serve the others")));
            default -> action;
        };
    }

    private static ActionEffect tonnes(SwedishMainSector sector, YearEstimate... reductions) {
        return new ActionEffect(EffectBasis.TONNES, List.of(reductions), List.of(sector), List.of(),
                JOINT_PLAN_FIGURES);
    }

    private static ActionEffect share(SwedishMainSector sector, YearEstimate... shares) {
        return new ActionEffect(EffectBasis.SHARE_OF_REMAINING, List.of(shares), List.of(sector), List.of(),
                JOINT_PLAN_FIGURES);
    }

    /** The joint plan's status changes are made up like its actions; each says so in the JSON. */
    private static final Provenance JOINT_PLAN_STATUS = Provenance.illustrative("status change made up to show the"
            + " yearly follow-up; no joint plan of Borlänge and Avesta is published");

    private static List<StatusChange> history(StatusChange... changes) {
        return List.of(changes);
    }

    /** The first change of most actions: taken into the plan a few days after the expansion. */
    private static StatusChange inJointPlan() {
        return change(2024, 12, 5, ActionStatus.PLANNED, "in the joint plan of the twin cities");
    }

    private static StatusChange change(int year, int month, int day, ActionStatus status, String note) {
        return new StatusChange(LocalDate.of(year, month, day), status, note, JOINT_PLAN_STATUS);
    }

    /** The indicators of the joint plan's actions, as illustrative as the actions they follow. */
    private static List<Indicator> jointPlanIndicators() {
        return List.of(
                indicator("fossil-peak-load-fuel-share", "fossil share of peak-load fuel", "%",
                        Direction.LOWER_IS_BETTER, 30, 0, 2028, "fossil-free-peak-load-district-heating"),
                indicator("electric-buses-borlange", "electric buses", "vehicles", Direction.HIGHER_IS_BETTER, 0,
                        60, 2030, "electric-public-transport-borlange"),
                indicator("companies-in-energy-network", "companies in the network", "companies",
                        Direction.HIGHER_IS_BETTER, 0, 25, 2030, "avesta-industry-energy-network"),
                indicator("public-charging-points-avesta", "public charging points", "points",
                        Direction.HIGHER_IS_BETTER, 40, 400, 2029, "avesta-charging-and-mobility-hubs"));
    }

    private static Indicator indicator(String id, String name, String unit, Direction direction, double baseline,
            double target, int targetYear, String action) {
        return Indicator.builder(LocalId.of(id), name, unit, direction).baseline(baseline, null)
                .target(target, targetYear).tracksAction(LocalId.of(action)).provenance(JOINT_PLAN_FIGURES).build();
    }
}
