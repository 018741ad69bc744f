package org.climatecity.core.emissions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The emissions of one sector in an inventory, as its source publishes them: a figure in tonnes of CO2 equivalents,
 * or a {@link NotationKey} that says why there is none (which is not zero); optionally the amounts per gas, the
 * activity the figure was calculated from with its emission factors, and a source of its own where it differs from
 * the inventory's. Removals, as in land use, are negative.
 *
 * <p>For a sector named by a GPC reference number the scope follows from the number: a scope given as well must
 * agree. Immutable and thread-safe.
 *
 * @param sector the sector, not null
 * @param scope the GHG Protocol scope, or null when not known or given by the sector's GPC reference number
 * @param tonnesCo2e the emissions in tonnes CO2e, finite; null exactly when a notation key is given
 * @param notationKey why there is no figure; null exactly when a figure is given
 * @param gases the amounts per gas, not null, no gas twice
 * @param activity the activity the figure was calculated from, or null
 * @param emissionFactors the emission factors applied to the activity, not null, no gas twice
 * @param source the entry's source where it differs from the inventory's, or null
 * @param publisherId the publisher's own id of the value this entry is (part of), such as CityCatalyst's
 *     {@code Inventory Reference} or OpenClimate's {@code emissions_id}, kept so that an export writes it back and a
 *     tool can update the same value; several entries may share one id (a value spread over rows); null or not blank
 * @since 0.1.0
 */
public record InventoryEntry(EmissionsSector sector, @Nullable GhgScope scope, @Nullable Double tonnesCo2e,
        @Nullable NotationKey notationKey, List<GasAmount> gases, @Nullable ActivityData activity,
        List<EmissionFactor> emissionFactors, @Nullable DataSource source, @Nullable String publisherId) {

    /**
     * Creates an entry.
     *
     * @param sector the sector, not null
     * @param scope the scope, or null
     * @param tonnesCo2e the emissions, or null with a notation key
     * @param notationKey the notation key, or null with a figure
     * @param gases the amounts per gas, not null
     * @param activity the activity, or null
     * @param emissionFactors the emission factors, not null
     * @param source the entry's own source, or null
     * @param publisherId the publisher's own id of the value, null or not blank
     * @throws ClimateCityException if a component is missing or invalid, figure and notation key are both given or
     *     both absent, a gas repeats, the scope disagrees with the sector's GPC reference number, or the publisher's
     *     id is blank
     */
    public InventoryEntry {
        Require.nonNull(sector, "sector");
        if ((tonnesCo2e == null) == (notationKey == null)) {
            throw new ClimateCityException("inventory entry of '" + sector.id() + "' must give either tonnes CO2e or"
                    + " a notation key, " + (tonnesCo2e == null ? "gave neither" : "gave both"));
        }
        if (tonnesCo2e != null) {
            Require.finite(tonnesCo2e, "tonnes CO2e");
        }
        if (sector instanceof GpcSubcategory gpc && scope != null && scope != gpc.reference().scope()) {
            throw new ClimateCityException("scope of GPC " + gpc.code() + " must be " + Texts.word(gpc.reference().scope())
                    + ", was " + Texts.word(scope));
        }
        gases = Require.list(gases, "gases");
        distinctGases(gases, GasAmount::gas, "gas amounts");
        emissionFactors = Require.list(emissionFactors, "emission factors");
        distinctGases(emissionFactors, EmissionFactor::gas, "emission factors");
        // kept exactly as the publisher wrote it (not stripped): it must match the publisher's own records
        if (publisherId != null && publisherId.isBlank()) {
            throw new ClimateCityException("publisher id of an inventory entry of '" + sector.id()
                    + "' must not be blank");
        }
    }

    /**
     * Creates an entry without a publisher's id.
     *
     * @param sector the sector, not null
     * @param scope the scope, or null
     * @param tonnesCo2e the emissions, or null with a notation key
     * @param notationKey the notation key, or null with a figure
     * @param gases the amounts per gas, not null
     * @param activity the activity, or null
     * @param emissionFactors the emission factors, not null
     * @param source the entry's own source, or null
     * @throws ClimateCityException if a component is missing or invalid, figure and notation key are both given or
     *     both absent, a gas repeats, or the scope disagrees with the sector's GPC reference number
     */
    public InventoryEntry(EmissionsSector sector, @Nullable GhgScope scope, @Nullable Double tonnesCo2e,
            @Nullable NotationKey notationKey, List<GasAmount> gases, @Nullable ActivityData activity,
            List<EmissionFactor> emissionFactors, @Nullable DataSource source) {
        this(sector, scope, tonnesCo2e, notationKey, gases, activity, emissionFactors, source, null);
    }

    /**
     * Returns a copy with the publisher's own id of the value.
     *
     * @param id the id, null or not blank
     * @return the entry with the id
     * @throws ClimateCityException if the id is blank
     * @since 0.1.0
     */
    public InventoryEntry withPublisherId(@Nullable String id) {
        return new InventoryEntry(sector, scope, tonnesCo2e, notationKey, gases, activity, emissionFactors, source,
                id);
    }

    private static <T> void distinctGases(List<T> values, Function<T, Gas> gasOf, String what) {
        if (values.size() < 2) {
            return;
        }
        Set<Gas> seen = EnumSet.noneOf(Gas.class);
        for (T value : values) {
            Gas gas = gasOf.apply(value);
            if (!seen.add(gas)) {
                throw new ClimateCityException(what + " must give each gas once, repeated " + Texts.word(gas));
            }
        }
    }

    /**
     * Obtains an entry with a figure and a scope.
     *
     * @param sector the sector, not null
     * @param scope the scope, or null
     * @param tonnesCo2e the emissions, finite
     * @return the entry
     */
    public static InventoryEntry of(EmissionsSector sector, @Nullable GhgScope scope, double tonnesCo2e) {
        return new InventoryEntry(sector, scope, tonnesCo2e, null, List.of(), null, List.of(), null);
    }

    /**
     * Obtains an entry with a figure, without scope.
     *
     * @param sector the sector, not null
     * @param tonnesCo2e the emissions, finite
     * @return the entry
     */
    public static InventoryEntry of(EmissionsSector sector, double tonnesCo2e) {
        return of(sector, null, tonnesCo2e);
    }

    /**
     * Obtains an entry without a figure, with the notation key that says why.
     *
     * @param sector the sector, not null
     * @param key the notation key, not null
     * @return the entry
     */
    public static InventoryEntry withoutFigure(EmissionsSector sector, NotationKey key) {
        return new InventoryEntry(sector, null, null, Require.nonNull(key, "notation key"), List.of(), null,
                List.of(), null);
    }

    /**
     * Checks if the entry gives a figure.
     *
     * @return true when tonnes CO2e are given, false for a notation key
     */
    public boolean hasFigure() {
        return tonnesCo2e != null;
    }

    /**
     * Returns the figure, or 0 for an entry with a notation key; use {@link #hasFigure()} to tell them apart, or the
     * sums of {@link EmissionsInventory}, which do.
     *
     * @return the tonnes CO2e, 0 without a figure
     */
    public double tonnesOrZero() {
        return tonnesCo2e == null ? 0 : tonnesCo2e;
    }

    /**
     * Returns the scope: the one given, or the one the sector's GPC reference number implies.
     *
     * @return the scope, or empty when not known
     */
    public Optional<GhgScope> effectiveScope() {
        if (scope != null) {
            return Optional.of(scope);
        }
        return sector instanceof GpcSubcategory gpc ? Optional.of(gpc.reference().scope()) : Optional.empty();
    }
}
