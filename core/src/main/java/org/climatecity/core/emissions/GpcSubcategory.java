package org.climatecity.core.emissions;

import org.climatecity.core.internal.Require;

/**
 * A sector of an inventory named by its GHG Protocol GPC 1.1 reference number, such as {@code gpc:I.1.1}
 * (residential buildings, fuel combustion): finer than the six {@link GpcSector}s, with its scope and reporting
 * level given by the standard's table ({@link GpcReferenceNumbers}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the reference number with its table row, not null
 * @since 0.1.0
 */
public record GpcSubcategory(GpcReference reference) implements EmissionsSector {

    /**
     * Creates the sector.
     *
     * @param reference the reference, not null
     * @throws org.climatecity.core.ClimateCityException if the reference is missing
     */
    public GpcSubcategory {
        Require.nonNull(reference, "GPC reference");
    }

    /**
     * Obtains the sector of a reference number.
     *
     * @param number the number, such as {@code I.1.1}, not null
     * @return the sector
     * @throws org.climatecity.core.ClimateCityException if GPC 1.1 has no such number
     */
    public static GpcSubcategory of(String number) {
        return new GpcSubcategory(GpcReferenceNumbers.get().of(number));
    }

    @Override
    public SectorScheme scheme() {
        return SectorScheme.GPC;
    }

    @Override
    public String code() {
        return reference.number();
    }

    @Override
    public String label() {
        String subcategory = reference.subcategory();
        return reference.number() + " " + reference.subsector() + (subcategory == null ? "" : ": " + subcategory);
    }

    /**
     * Returns the GPC sector the reference number belongs to.
     *
     * @return the sector
     */
    public GpcSector sector() {
        return reference.sector();
    }
}
