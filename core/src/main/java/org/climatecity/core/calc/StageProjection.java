package org.climatecity.core.calc;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;

/**
 * The projected effect of one stage of a scaling plan: the jurisdictions it counts, its adoption share and total
 * effect per year.
 *
 * <p>The effect of jurisdiction {@code j} in a year is {@code effectPerUnit × j.driverValue() × adoptionShare(year)}
 * for each of the low, central and high estimates; the stage's total sums that over its jurisdictions, which equals
 * {@code effectPerUnit × driverTotal × adoptionShare(year)}. Per-jurisdiction figures are calculated on request
 * ({@link #jurisdictionYear(int, int)}) rather than stored, so that a stage of 100,000 jurisdictions stays small.
 * The jurisdictions are those {@link PilotScaling} counted for this stage, with driver values as counted. Immutable
 * and thread-safe.
 *
 * @param stage the stage's id, not null
 * @param name the stage's name, not blank
 * @param effectPerUnit the pilot's effect per driver unit, not null
 * @param jurisdictions the jurisdictions counted in this stage, not null
 * @param driverTotal the sum of their driver values, not negative
 * @param firstYear the first year projected
 * @param adoptionShares the stage's adoption share of each year from {@code firstYear}, each from 0 to 1
 * @param years the stage's total effect of each year from {@code firstYear}, as many as shares
 * @since 0.1.0
 */
public record StageProjection(LocalId stage, String name, EffectEstimate effectPerUnit,
        List<Jurisdiction> jurisdictions, double driverTotal, int firstYear, List<Double> adoptionShares,
        List<ScalingYear> years) {

    /**
     * Creates a stage projection.
     *
     * @param stage the stage id, not null
     * @param name the name, not blank
     * @param effectPerUnit the effect per unit, not null
     * @param jurisdictions the counted jurisdictions, not null
     * @param driverTotal the driver total, not negative
     * @param firstYear the first year
     * @param adoptionShares the shares per year, not null
     * @param years the totals per year, not null
     * @throws ClimateCityException if a component is missing or out of range, or years and shares disagree
     */
    public StageProjection {
        Require.nonNull(stage, "stage");
        name = Require.text(name, "stage name");
        Require.nonNull(effectPerUnit, "effect per unit");
        jurisdictions = Require.list(jurisdictions, "jurisdictions");
        Require.nonNegative(driverTotal, "driver total");
        Require.year(firstYear, "first year");
        adoptionShares = Require.list(adoptionShares, "adoption shares");
        years = Require.list(years, "scaling years");
        if (years.size() != adoptionShares.size()) {
            throw new ClimateCityException("stage projection must have one total per adoption share, had "
                    + years.size() + " totals and " + adoptionShares.size() + " shares");
        }
        for (int i = 0; i < years.size(); i++) {
            Require.share(adoptionShares.get(i), "adoption share in " + (firstYear + i));
            if (years.get(i).year() != firstYear + i) {
                throw new ClimateCityException("stage projection years must run from " + firstYear
                        + " without gaps, was " + years.get(i).year() + " at position " + i);
            }
        }
    }

    /**
     * Returns the stage's total effect in a year.
     *
     * @param year the year
     * @return the low, central and high total
     * @throws ClimateCityException if the year was not projected
     */
    public ScalingYear year(int year) {
        return years.get(index(year));
    }

    /**
     * Returns the stage's adoption share in a year.
     *
     * @param year the year
     * @return the share from 0 to 1
     * @throws ClimateCityException if the year was not projected
     */
    public double adoptionShare(int year) {
        return adoptionShares.get(index(year));
    }

    /**
     * Returns the effect of one counted jurisdiction in a year.
     *
     * @param jurisdictionIndex the index in {@link #jurisdictions()}
     * @param year the year
     * @return the low, central and high effect of that jurisdiction
     * @throws ClimateCityException if the year was not projected
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public ScalingYear jurisdictionYear(int jurisdictionIndex, int year) {
        double units = jurisdictions.get(jurisdictionIndex).driverValue() * adoptionShares.get(index(year));
        return new ScalingYear(year, effectPerUnit.low() * units, effectPerUnit.central() * units,
                effectPerUnit.high() * units);
    }

    private int index(int year) {
        if (year < firstYear || year >= firstYear + years.size()) {
            throw new ClimateCityException("stage projection covers " + firstYear + "-"
                    + (firstYear + years.size() - 1) + ", was asked for " + year);
        }
        return year - firstYear;
    }
}
