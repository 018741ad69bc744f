package org.climatecity.core.emissions;

import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * One reference number of the GHG Protocol GPC 1.1, such as {@code I.1.1}: the sector, subsector and subcategory
 * it stands for, its scope and its reporting level, as the standard's table gives them (see
 * {@link GpcReferenceNumbers}). Sector IV and V numbers name a subsector without subcategories.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the reference number, such as {@code I.1.1}, not blank
 * @param sector the sector, not null
 * @param subsectorNumber the number of the subsector, such as {@code I.1}, not blank
 * @param subsector the subsector's name, not blank
 * @param subcategory the subcategory's description, or null where the number names a whole subsector
 * @param scope the scope, not null
 * @param level the reporting level, not null
 * @since 0.1.0
 */
public record GpcReference(String number, GpcSector sector, String subsectorNumber, String subsector,
        @Nullable String subcategory, GhgScope scope, GpcReportingLevel level) {

    /**
     * Creates a reference.
     *
     * @param number the number, not blank
     * @param sector the sector, not null
     * @param subsectorNumber the subsector number, not blank
     * @param subsector the subsector name, not blank
     * @param subcategory the subcategory, or null
     * @param scope the scope, not null
     * @param level the reporting level, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public GpcReference {
        number = Require.text(number, "GPC reference number");
        Require.nonNull(sector, "GPC sector");
        subsectorNumber = Require.text(subsectorNumber, "GPC subsector number");
        subsector = Require.text(subsector, "GPC subsector");
        subcategory = Require.optionalText(subcategory, "GPC subcategory");
        Require.nonNull(scope, "GPC scope");
        Require.nonNull(level, "GPC reporting level");
    }
}
