package org.climatecity.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.climatecity.core.common.Share;
import org.climatecity.core.calc.JurisdictionSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;

/**
 * The Europe-scale scaling workload: Borlänge's mobility-hub pilot scaled to 100,000 jurisdictions of the EU-27
 * over 2025–2050 along a logistic adoption curve. The stage lists no jurisdictions itself; they come from a
 * {@link JurisdictionSource}, as a planner's reference data of European local units would supply them.
 *
 * <p>The jurisdictions are generated from a seed: each lies in one EU-27 country and has a log-normally distributed
 * population (median about 1,100 residents, like Europe's local administrative units); they are listed country by
 * country, as Europe's lists of local units are. The same seed gives the same workload. The primitive arrays for the
 * baseline hold exactly the same numbers.
 *
 * <p>Immutable by convention: the arrays are shared, callers must not change them.
 *
 * @param pilot the pilot, not null
 * @param plan the scaling plan, one stage, not null
 * @param jurisdictions the 100,000 jurisdictions, not null
 * @param drivers the jurisdictions' populations, in the same order, not null
 * @since 0.1.0
 */
public record EuropeScaling(Pilot pilot, ScalingPlan plan, List<Jurisdiction> jurisdictions, double[] drivers) {

    /** The number of jurisdictions. */
    public static final int JURISDICTIONS = 100_000;
    /** The first projected year. */
    public static final int FIRST_YEAR = 2025;
    /** The last projected year. */
    public static final int LAST_YEAR = 2050;
    /** The stage's adoption curve: half of the saturation after 8 years. */
    public static final AdoptionCurve.Logistic ADOPTION = new AdoptionCurve.Logistic(8, 0.45);
    /** The stage's saturation share. */
    public static final double SATURATION = 0.5;
    /** The stage's start year. */
    public static final int START_YEAR = 2025;

    private static final List<String> EU27 = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /**
     * Creates the workload; the arrays are not copied.
     *
     * @param pilot the pilot, not null
     * @param plan the plan, not null
     * @param jurisdictions the jurisdictions, not null
     * @param drivers their driver values, as many as jurisdictions
     */
    public EuropeScaling {
        Objects.requireNonNull(pilot, "pilot");
        Objects.requireNonNull(plan, "plan");
        jurisdictions = List.copyOf(jurisdictions);
        Objects.requireNonNull(drivers, "drivers");
        if (drivers.length != jurisdictions.size()) {
            throw new IllegalArgumentException("one driver value per jurisdiction expected, had " + drivers.length
                    + " for " + jurisdictions.size());
        }
    }

    /**
     * Generates the workload from a seed.
     *
     * @param seed the seed
     * @return the workload, not null
     */
    public static EuropeScaling generate(long seed) {
        return generate(seed, JURISDICTIONS);
    }

    /**
     * Generates the workload from a seed with some number of jurisdictions.
     *
     * @param seed the seed
     * @param count the number of jurisdictions, positive
     * @return the workload, not null
     * @throws IllegalArgumentException if the count is not positive
     */
    public static EuropeScaling generate(long seed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("number of jurisdictions must be positive, was " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Provenance provenance = Provenance.illustrative("generated local units for the benchmarks, fixed seed");
        List<Geography> countries = EU27.stream().map(c -> Geography.country(CountryCode.of(c))).toList();
        int[] country = new int[count];
        double[] population = new double[count];
        for (int i = 0; i < count; i++) {
            country[i] = random.nextInt(countries.size());
            population[i] = Math.rint(Math.min(3_000_000, Math.max(30, Math.exp(7 + 1.6 * random.nextGaussian()))));
        }
        // listed country by country, as European lists of local units are
        List<Jurisdiction> jurisdictions = new ArrayList<>(count);
        double[] drivers = new double[count];
        for (int c = 0; c < countries.size(); c++) {
            for (int i = 0; i < count; i++) {
                if (country[i] == c) {
                    int n = jurisdictions.size();
                    drivers[n] = population[i];
                    jurisdictions.add(new Jurisdiction(LocalId.of(String.format("lau-%06d", n + 1)),
                            String.format("Local unit %06d", n + 1), countries.get(c), population[i], provenance));
                }
            }
        }
        Set<CountryCode> eu = new TreeSet<>();
        EU27.forEach(c -> eu.add(CountryCode.of(c)));
        Pilot pilot = new Pilot(LocalId.of("mobility-hub"), "Mobility hub", null, List.of(ActorId.of("borlange")),
                Driver.population(), new EffectEstimate(0.05, 0.12, 0.2), provenance);
        ScalingStage europe = new ScalingStage(LocalId.of("europe"), "Europe",
                List.of(new Geography.CountryGroupArea("EU-27", eu)), START_YEAR, ADOPTION, Share.of(SATURATION),
                List.of(), null);
        ScalingPlan plan = new ScalingPlan(LocalId.of("mobility-hub-europe"), pilot.id(), List.of(europe));
        return new EuropeScaling(pilot, plan, jurisdictions, drivers);
    }

    /**
     * Returns the source that supplies the jurisdictions to the plan's stage.
     *
     * @return the source, not null
     */
    public JurisdictionSource source() {
        return (geographies, driver) -> jurisdictions;
    }

    /**
     * Returns the number of projected years.
     *
     * @return 26
     */
    public static int years() {
        return LAST_YEAR - FIRST_YEAR + 1;
    }
}
