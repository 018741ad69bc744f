package org.climatecity.examples.document;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.calc.PlanEffects;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.Trends;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.scenario.Assumption;
import org.climatecity.core.scenario.ProjectedEmissions;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.scenario.ScenarioKind;

/**
 * Builds the scenarios of the embedded document: for Borlänge and Avesta each, a business-as-usual scenario whose
 * central line per sector is the trend of SMHI's series (least squares from 2015, anchored at the last year, as
 * Klimatkollen does), and a scenario with the joint action plan's measures, the business-as-usual lines less what the
 * city's actions of the joint plan (those it is responsible for or takes part in) cut, overlaps taken out.
 *
 * <p>The low–high bands are made up (a band widening by 2 % of the central line a year), and so are the actions'
 * effects: both scenarios say so in their provenance.
 */
final class BorlangeAvestaScenarios {

    /** The last year projected. */
    static final int LAST_YEAR = 2030;
    /** How much the band widens each year after the base year, as a share of the central line. */
    private static final double BAND_PER_YEAR = 0.02;

    private static final Provenance TREND_BAND = Provenance.illustrative("central lines are the trend of SMHI's"
            + " series per sector (least squares from 2015, anchored at the last year, floored at zero); the low-high"
            + " band of 2 % of the central line per year after the base year is made up");
    private static final Provenance WITH_PLAN = Provenance.illustrative("the business-as-usual lines less what the"
            + " city's actions of the joint plan cut, overlaps taken out; the actions' effects are made up");

    private BorlangeAvestaScenarios() {
    }

    /**
     * Returns the scenarios of one city.
     *
     * @param city the city, not null
     * @param slug the city's slug for the scenarios' ids, not null
     * @param name the city's name, not null
     * @param inventories the city's inventories, oldest first, not null
     * @param plan the joint action plan, not null
     * @return business as usual, then with the plan's measures
     */
    static List<Scenario> of(ActorId city, String slug, String name, List<EmissionsInventory> inventories,
            ActionPlan plan) {
        int baseYear = inventories.get(inventories.size() - 1).year();
        Scenario.Builder bau = Scenario.builder(LocalId.of(slug + "-business-as-usual"),
                name + ", business as usual", city, ScenarioKind.BUSINESS_AS_USUAL, baseYear, Boundary.TERRITORIAL)
                .assumption(new Assumption("sector trends", "each sector's trend since 2015 continues",
                        TREND_BAND))
                .provenance(TREND_BAND);
        for (SwedishMainSector sector : SwedishMainSector.values()) {
            Trend trend = Trends.ols(YearlySeries.fromInventories(inventories, sector), Trends.KLIMATKOLLEN_SINCE_YEAR);
            for (int year = baseYear + 1; year <= LAST_YEAR; year++) {
                double central = round(trend.anchoredValue(year));
                double band = central * BAND_PER_YEAR * (year - baseYear);
                bau.projection(new ProjectedEmissions(year, sector, round(central - band), central,
                        round(central + band)));
            }
        }
        Scenario businessAsUsual = bau.build();
        List<Action> actions = plan.actions().stream()
                .filter(a -> a.effect() != null && (a.responsible().equals(city) || a.participants().contains(city)))
                .toList();
        Scenario.Builder wam = Scenario.builder(LocalId.of(slug + "-with-additional-measures"),
                name + ", with the joint action plan", city, ScenarioKind.WITH_ADDITIONAL_MEASURES, baseYear,
                Boundary.TERRITORIAL)
                .actions(actions.stream().map(Action::id).toArray(LocalId[]::new))
                .assumption(new Assumption("sector trends", "as in business as usual", TREND_BAND))
                .assumption(new Assumption("action effects", "the effects stated on the joint plan's actions",
                        WITH_PLAN))
                .provenance(WITH_PLAN);
        for (int year = baseYear + 1; year <= LAST_YEAR; year++) {
            YearEstimate total = businessAsUsual.total(year).orElseThrow();
            YearEstimate cut = PlanEffects.reduction(businessAsUsual, actions, year).orElseThrow();
            // the lowest emissions where the baseline is low and the cut high, the highest the other way round
            wam.projection(new ProjectedEmissions(year, null, round(total.low() - cut.high()),
                    round(total.central() - cut.central()), round(total.high() - cut.low())));
        }
        return List.of(businessAsUsual, wam.build());
    }

    private static double round(double tonnes) {
        return Math.round(tonnes * 100) / 100.0;
    }
}
