package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.internal.Require;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;

/**
 * Projects what a pilot achieves when scaled along a plan: per stage, jurisdiction and year, the pilot's effect per
 * driver unit × the jurisdiction's driver value × the stage's adoption share that year, with the low, central and
 * high effect estimates.
 *
 * <p><b>Jurisdictions.</b> A stage's jurisdictions are its explicit {@link ScalingStage#jurisdictions()} (an
 * aggregate such as the EU-27), or, when it lists none, those a {@link JurisdictionSource} returns for its areas and
 * the pilot's driver.
 *
 * <p><b>Overlapping stages.</b> Stages nest (Sweden contains Dalarna, which contains the pilot cities). Each place is
 * counted once, in the earliest stage of the plan that covers it, with that stage's adoption curve; a stage reports
 * what it adds beyond the earlier stages, so the stages add up to the plan's total. Concretely:
 * <ul>
 * <li>a jurisdiction whose area equals that of a jurisdiction counted in an earlier stage is not counted again;</li>
 * <li>a jurisdiction larger than a municipality (a county, a country, a group of countries) counts its driver value
 * less the driver values counted in earlier stages for the jurisdictions it contains, not below zero: the EU-27
 * after a Sweden stage counts the residents of the EU-27 outside Sweden.</li>
 * </ul>
 * Jurisdictions within one stage are taken as not overlapping.
 *
 * <p><b>Cost.</b> Adoption shares are calculated once per stage and year; a stage's driver values are summed once;
 * its totals are the effect × driver total × share of each year. The work is linear in the number of jurisdictions
 * plus the number of stage-years, and per-jurisdiction figures are calculated on request
 * ({@link StageProjection#jurisdictionYear(int, int)}). Pure and deterministic; the class is thread-safe.
 *
 * @since 0.1.0
 */
public final class PilotScaling {

    private static final JurisdictionSource NO_SOURCE = (geographies, driver) -> {
        throw new ClimateCityException("scaling stage lists no jurisdictions and no jurisdiction source was given");
    };

    private PilotScaling() {
    }

    /**
     * Projects a plan whose stages all list their jurisdictions explicitly.
     *
     * @param plan the scaling plan, not null
     * @param pilot the pilot the plan scales, not null
     * @param firstYear the first year projected
     * @param lastYear the last year projected, not before {@code firstYear}
     * @return the projection
     * @throws ClimateCityException if the plan scales another pilot, a stage lists no jurisdictions, or the years
     *         are out of range or order
     */
    public static ScalingProjection project(ScalingPlan plan, Pilot pilot, int firstYear, int lastYear) {
        return project(plan, pilot, NO_SOURCE, firstYear, lastYear);
    }

    /**
     * Projects a plan, taking the jurisdictions of stages that list none from a source.
     *
     * @param plan the scaling plan, not null
     * @param pilot the pilot the plan scales, not null
     * @param source the source of jurisdictions for stages without explicit ones, not null
     * @param firstYear the first year projected
     * @param lastYear the last year projected, not before {@code firstYear}
     * @return the projection
     * @throws ClimateCityException if the plan scales another pilot, the source fails or returns a jurisdiction
     *         outside the stage's areas, or the years are out of range or order
     */
    public static ScalingProjection project(ScalingPlan plan, Pilot pilot, JurisdictionSource source, int firstYear,
            int lastYear) {
        Require.nonNull(plan, "scaling plan");
        Require.nonNull(pilot, "pilot");
        Require.nonNull(source, "jurisdiction source");
        Require.year(firstYear, "first year");
        Require.year(lastYear, "last year");
        if (lastYear < firstYear) {
            throw new ClimateCityException("last year must not be before first year " + firstYear + ", was "
                    + lastYear);
        }
        if (!plan.pilot().equals(pilot.id())) {
            throw new ClimateCityException("scaling plan '" + plan.id() + "' scales pilot '" + plan.pilot()
                    + "', was given pilot '" + pilot.id() + "'");
        }
        EffectEstimate effect = pilot.effectPerUnit();
        int yearCount = lastYear - firstYear + 1;
        List<ScalingStage> stages = plan.stages();
        Set<Geography> countedAreas = new HashSet<>();
        List<Jurisdiction> countedEarlier = new ArrayList<>();
        List<StageProjection> projections = new ArrayList<>(stages.size());
        for (int s = 0; s < stages.size(); s++) {
            ScalingStage stage = stages.get(s);
            boolean explicit = !stage.jurisdictions().isEmpty();
            List<Jurisdiction> counted = explicit ? stage.jurisdictions() : supplied(stage, pilot, source);
            // one pass over the jurisdictions checks what a source supplied and sums the driver values
            double driverTotal = checkAndSum(stage, counted, !explicit);
            if (!countedEarlier.isEmpty()) {
                counted = withoutEarlier(counted, countedAreas, countedEarlier);
                driverTotal = 0;
                for (int j = 0, n = counted.size(); j < n; j++) {
                    driverTotal += counted.get(j).driverValue();
                }
            }
            Double[] shares = new Double[yearCount];
            ScalingYear[] years = new ScalingYear[yearCount];
            for (int y = 0; y < yearCount; y++) {
                double share = stage.adoptionShare(firstYear + y);
                double units = driverTotal * share;
                shares[y] = share;
                years[y] = new ScalingYear(firstYear + y, effect.low() * units, effect.central() * units,
                        effect.high() * units);
            }
            projections.add(new StageProjection(stage.id(), stage.name(), effect, counted, driverTotal, firstYear,
                    List.of(shares), List.of(years)));
            if (s + 1 < stages.size()) {
                for (Jurisdiction jurisdiction : counted) {
                    countedAreas.add(jurisdiction.geography());
                }
                countedEarlier.addAll(counted);
            }
        }
        return new ScalingProjection(plan.id(), pilot.id(), firstYear, lastYear, projections);
    }

    private static List<Jurisdiction> supplied(ScalingStage stage, Pilot pilot, JurisdictionSource source) {
        List<Jurisdiction> supplied;
        try {
            supplied = source.jurisdictions(stage.geographies(), pilot.driver());
        } catch (ClimateCityException e) {
            throw new ClimateCityException("jurisdictions of stage '" + stage.id() + "' could not be found: "
                    + e.getMessage(), e);
        }
        return Require.nonNull(supplied, "jurisdictions of stage '" + stage.id() + "'");
    }

    /**
     * Returns the sum of the driver values; checks, if asked, that each jurisdiction is present and lies within the
     * stage's areas.
     */
    private static double checkAndSum(ScalingStage stage, List<Jurisdiction> jurisdictions, boolean check) {
        double total = 0;
        if (!check) {
            for (int j = 0, n = jurisdictions.size(); j < n; j++) {
                total += jurisdictions.get(j).driverValue();
            }
            return total;
        }
        // sources share few area instances among many jurisdictions (100,000 local units in 27 countries), so each
        // distinct instance is checked once
        Map<Geography, Boolean> checked = new IdentityHashMap<>();
        Geography last = null;
        for (int j = 0, n = jurisdictions.size(); j < n; j++) {
            Jurisdiction jurisdiction = jurisdictions.get(j);
            if (jurisdiction == null) {
                throw new ClimateCityException("jurisdictions of stage '" + stage.id()
                        + "' must not contain null, was null at index " + j);
            }
            Geography area = jurisdiction.geography();
            if (area != last) {
                if (checked.put(area, Boolean.TRUE) == null && !covers(stage.geographies(), area)) {
                    throw new ClimateCityException("jurisdictions of stage '" + stage.id()
                            + "' must lie within its areas, was '" + jurisdiction.id() + "'");
                }
                last = area;
            }
            total += jurisdiction.driverValue();
        }
        return total;
    }

    private static boolean covers(List<Geography> areas, Geography geography) {
        for (Geography area : areas) {
            if (area.contains(geography)) {
                return true;
            }
        }
        return false;
    }

    private static List<Jurisdiction> withoutEarlier(List<Jurisdiction> jurisdictions, Set<Geography> countedAreas,
            List<Jurisdiction> countedEarlier) {
        List<Jurisdiction> counted = new ArrayList<>(jurisdictions.size());
        for (Jurisdiction jurisdiction : jurisdictions) {
            Geography area = jurisdiction.geography();
            if (countedAreas.contains(area)) {
                continue;
            }
            if (!(area instanceof Geography.MunicipalityArea)) {
                double inside = 0;
                for (Jurisdiction earlier : countedEarlier) {
                    if (area.contains(earlier.geography())) {
                        inside += earlier.driverValue();
                    }
                }
                if (inside > 0) {
                    jurisdiction = new Jurisdiction(jurisdiction.id(), jurisdiction.name(), area,
                            Math.max(0, jurisdiction.driverValue() - inside), jurisdiction.provenance());
                }
            }
            counted.add(jurisdiction);
        }
        return counted;
    }
}
