package org.climatecity.core.action;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * An action's expected effect with its uncertainty: a low, central and high reduction for the years listed, on the
 * sectors it acts on, stated so that actions on the same tonnes are never counted twice — either as tonnes additional
 * to named other actions, or as a share of the emissions of its sectors that the other actions leave.
 *
 * <p>The effect in a year is that of the latest year listed at or before it (an effect lasts), and nothing before
 * the first. Where it is stated in tonnes and acts on several sectors, it is split between them in proportion to
 * their emissions. Immutable and thread-safe. That the sectors are sectors of the owner's inventories and the named
 * actions exist and act on a shared sector is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param basis how the reductions are stated, not null
 * @param reductions the reductions by year, in strictly ascending years, at least one: tonnes CO2e, not negative,
 *     or shares from 0 to 1, after the basis
 * @param sectors the sectors the action acts on, at least one, no repeats
 * @param additionalTo the actions whose effects this effect's tonnes come on top of, not null, no repeats; empty for
 *     a share of the remaining emissions, which combines with every other action by itself
 * @param provenance where the figures come from, or that they are illustrative; null when not stated
 * @since 0.1.0
 */
public record ActionEffect(EffectBasis basis, List<YearEstimate> reductions, List<EmissionsSector> sectors,
        List<LocalId> additionalTo, @Nullable Provenance provenance) {

    /**
     * Creates an effect.
     *
     * @param basis the basis, not null
     * @param reductions the reductions by year, at least one
     * @param sectors the sectors, at least one
     * @param additionalTo the actions the tonnes come on top of, not null
     * @param provenance the provenance, or null
     * @throws ClimateCityException if a component is missing or repeated, the years are not strictly ascending, a
     *     reduction is negative or a share above 1, or a share names actions it is additional to
     */
    public ActionEffect {
        Require.nonNull(basis, "effect basis");
        reductions = Require.list(reductions, "reductions");
        Require.that(!reductions.isEmpty(), "reductions must list at least one year, was empty");
        for (int i = 0; i < reductions.size(); i++) {
            YearEstimate reduction = reductions.get(i);
            if (i > 0 && reduction.year() <= reductions.get(i - 1).year()) {
                throw new ClimateCityException("reductions must be in strictly ascending years, was "
                        + reduction.year() + " after " + reductions.get(i - 1).year());
            }
            if (reduction.low() < 0) {
                throw new ClimateCityException("reduction of " + reduction.year() + " must not be negative, was "
                        + reduction.low());
            }
            if (basis == EffectBasis.SHARE_OF_REMAINING && reduction.high() > 1) {
                throw new ClimateCityException("reduction of " + reduction.year()
                        + " as a share of remaining emissions must be from 0 to 1, was " + reduction.high());
            }
        }
        sectors = Require.distinctList(sectors, "effect sectors");
        Require.that(!sectors.isEmpty(), "effect sectors must list at least one sector, was empty");
        additionalTo = Require.distinctList(additionalTo, "additional to");
        if (basis == EffectBasis.SHARE_OF_REMAINING && !additionalTo.isEmpty()) {
            throw new ClimateCityException("an effect stated as a share of remaining emissions combines with every"
                    + " action by itself and must not name actions it is additional to, named '"
                    + additionalTo.get(0) + "'");
        }
    }

    /**
     * Obtains an effect in tonnes CO2e a year on one sector, additional to no other action.
     *
     * @param sector the sector, not null
     * @param reductions the reductions by year, at least one
     * @return the effect
     * @throws ClimateCityException if a reduction is negative or the years are not ascending
     */
    public static ActionEffect tonnes(EmissionsSector sector, YearEstimate... reductions) {
        return new ActionEffect(EffectBasis.TONNES, List.of(reductions), List.of(sector), List.of(), null);
    }

    /**
     * Obtains an effect as a share of the remaining emissions of one sector.
     *
     * @param sector the sector, not null
     * @param shares the shares by year, from 0 to 1, at least one
     * @return the effect
     * @throws ClimateCityException if a share is out of range or the years are not ascending
     */
    public static ActionEffect shareOfRemaining(EmissionsSector sector, YearEstimate... shares) {
        return new ActionEffect(EffectBasis.SHARE_OF_REMAINING, List.of(shares), List.of(sector), List.of(), null);
    }

    /**
     * Returns a copy whose tonnes come on top of other actions' effects.
     *
     * @param actions the actions' ids, not null
     * @return the copy
     * @throws ClimateCityException if the effect is a share of remaining emissions or an action repeats
     */
    public ActionEffect withAdditionalTo(LocalId... actions) {
        return new ActionEffect(basis, reductions, sectors, List.of(actions), provenance);
    }

    /**
     * Returns a copy with a provenance.
     *
     * @param value the provenance, not null
     * @return the copy
     */
    public ActionEffect withProvenance(Provenance value) {
        return new ActionEffect(basis, reductions, sectors, additionalTo, Require.nonNull(value, "provenance"));
    }

    /**
     * Returns the effect in a year: that of the latest year listed at or before it.
     *
     * @param year the year
     * @return the low, central and high reduction in tonnes CO2e or as shares, after the basis; all 0 before the
     *     first year listed
     */
    public YearEstimate in(int year) {
        YearEstimate found = null;
        for (YearEstimate reduction : reductions) {
            if (reduction.year() <= year) {
                found = reduction;
            }
        }
        return found == null ? new YearEstimate(year, 0, 0, 0)
                : new YearEstimate(year, found.low(), found.central(), found.high());
    }
}
