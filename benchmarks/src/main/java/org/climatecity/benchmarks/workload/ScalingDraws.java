package org.climatecity.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.climatecity.core.common.Share;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;

/**
 * Draws of the Europe-scale projection's uncertain inputs, as a Monte Carlo study of the scaling takes them: for each
 * draw, the logistic adoption curve's midpoint (4–12 years) and steepness (0.25–0.65), the saturation share (0.3–0.7)
 * and the pilot's effect per resident (a central effect log-normal around the workload's 0.12, with low and high at
 * 40 % and 170 % of it), each drawn from a seeded random generator. Each draw is a pilot and a one-stage plan built
 * through the model's factories, over the same jurisdictions.
 *
 * <p>Immutable by convention: the arrays are shared, callers must not change them.
 *
 * @param base the workload whose jurisdictions every draw scales to, not null
 * @param pilots the pilot of each draw, not null
 * @param plans the plan of each draw, in the same order, not null
 * @param midpoints the adoption curve's midpoint of each draw, in years after the start
 * @param steepness the adoption curve's steepness of each draw
 * @param saturations the saturation share of each draw
 * @since 0.1.0
 */
public record ScalingDraws(EuropeScaling base, List<Pilot> pilots, List<ScalingPlan> plans, double[] midpoints,
        double[] steepness, double[] saturations) {

    /**
     * Creates the draws; the arrays are not copied.
     *
     * @param base the workload, not null
     * @param pilots one pilot per draw, not null
     * @param plans one plan per draw, not null
     * @param midpoints one midpoint per draw, not null
     * @param steepness one steepness per draw, not null
     * @param saturations one saturation share per draw, not null
     * @throws IllegalArgumentException if the lists and arrays differ in length
     */
    public ScalingDraws {
        Objects.requireNonNull(base, "base");
        pilots = List.copyOf(pilots);
        plans = List.copyOf(plans);
        Objects.requireNonNull(midpoints, "midpoints");
        Objects.requireNonNull(steepness, "steepness");
        Objects.requireNonNull(saturations, "saturations");
        int n = pilots.size();
        if (plans.size() != n || midpoints.length != n || steepness.length != n || saturations.length != n) {
            throw new IllegalArgumentException("one pilot, plan, midpoint, steepness and saturation per draw"
                    + " expected, had " + n + ", " + plans.size() + ", " + midpoints.length + ", " + steepness.length
                    + " and " + saturations.length);
        }
    }

    /**
     * Draws the inputs from a seed.
     *
     * @param base the workload whose jurisdictions the draws scale to, not null
     * @param count the number of draws, positive
     * @param seed the seed
     * @return the draws, not null
     * @throws IllegalArgumentException if the count is not positive
     */
    public static ScalingDraws generate(EuropeScaling base, int count, long seed) {
        Objects.requireNonNull(base, "base");
        if (count < 1) {
            throw new IllegalArgumentException("number of draws must be positive, was " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Pilot pilot = base.pilot();
        ScalingStage stage = base.plan().stages().get(0);
        List<Pilot> pilots = new ArrayList<>(count);
        List<ScalingPlan> plans = new ArrayList<>(count);
        double[] midpoints = new double[count];
        double[] steepness = new double[count];
        double[] saturations = new double[count];
        for (int d = 0; d < count; d++) {
            midpoints[d] = 4 + 8 * random.nextDouble();
            steepness[d] = 0.25 + 0.4 * random.nextDouble();
            saturations[d] = 0.3 + 0.4 * random.nextDouble();
            double central = pilot.effectPerUnit().central() * Math.exp(0.3 * random.nextGaussian());
            Pilot drawn = new Pilot(pilot.id(), pilot.name(), null, pilot.hostCities(), pilot.driver(),
                    new EffectEstimate(0.4 * central, central, 1.7 * central), pilot.provenance());
            ScalingStage drawnStage = ScalingStage.of(stage.id(), stage.name(), stage.geographies().get(0),
                    stage.startYear(), new AdoptionCurve.Logistic(midpoints[d], steepness[d]),
                    Share.of(saturations[d]));
            pilots.add(drawn);
            plans.add(ScalingPlan.of(LocalId.of(base.plan().id() + "-draw-" + (d + 1)), pilot.id(), drawnStage));
        }
        return new ScalingDraws(base, pilots, plans, midpoints, steepness, saturations);
    }

    /**
     * Returns the number of draws.
     *
     * @return the number, positive
     */
    public int size() {
        return pilots.size();
    }
}
