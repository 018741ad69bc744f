package org.climatecity.interop.citycatalyst;

import java.util.List;

/**
 * The columns of a CityCatalyst inventory export, by header name, and what the model keeps of each:
 *
 * <ul>
 * <li>{@code Inventory Reference}: CityCatalyst's id of an inventory value, which several rows may share; kept
 *     exactly as given as the entry's {@link org.climatecity.core.emissions.InventoryEntry#publisherId()} and written
 *     back;</li>
 * <li>{@code GPC Reference Number}: the entry's sector, a {@link org.climatecity.core.emissions.GpcSubcategory};</li>
 * <li>{@code Subsector name}: implied by the reference number; written back from the GPC 1.1 table;</li>
 * <li>{@code Notation Key}, {@code Total Emissions}, {@code Total Emission Units}: the entry's notation key or tonnes
 *     CO2e;</li>
 * <li>{@code Activity type}, {@code Activity Value}, {@code Activity Units}: the entry's
 *     {@link org.climatecity.core.emissions.ActivityData};</li>
 * <li>{@code Emission Factor - CO2}, {@code - CH4}, {@code - N2O}, {@code Emission Factor - Unit}: its
 *     {@link org.climatecity.core.emissions.EmissionFactor}s;</li>
 * <li>{@code CO2 Emissions}, {@code CH4 Emissions}, {@code N2O Emissions}: its
 *     {@link org.climatecity.core.emissions.GasAmount}s, kept in kg CO2e as the exports give them;</li>
 * <li>{@code Data source ID}, {@code Data source name}: the entry's
 *     {@link org.climatecity.core.common.DataSource}, published by {@value #PUBLISHER} with the id kept in its citation
 *     as {@code CityCatalyst data source <id>}.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class CityCatalystColumns {

    /** CityCatalyst's id of an inventory value, shared by the rows it spans. */
    public static final String INVENTORY_REFERENCE = "Inventory Reference";
    /** The GPC reference number. */
    public static final String REFERENCE_NUMBER = "GPC Reference Number";
    /** The subsector name. */
    public static final String SUBSECTOR = "Subsector name";
    /** The notation key. */
    public static final String NOTATION_KEY = "Notation Key";
    /** The total emissions. */
    public static final String TOTAL = "Total Emissions";
    /** The unit of the total. */
    public static final String TOTAL_UNIT = "Total Emission Units";
    /** The activity type. */
    public static final String ACTIVITY_TYPE = "Activity type";
    /** The activity value. */
    public static final String ACTIVITY_VALUE = "Activity Value";
    /** The activity unit. */
    public static final String ACTIVITY_UNIT = "Activity Units";
    /** The CO2 emission factor. */
    public static final String FACTOR_CO2 = "Emission Factor - CO2";
    /** The CH4 emission factor. */
    public static final String FACTOR_CH4 = "Emission Factor - CH4";
    /** The N2O emission factor. */
    public static final String FACTOR_N2O = "Emission Factor - N2O";
    /** The emission factors' unit. */
    public static final String FACTOR_UNIT = "Emission Factor - Unit";
    /** The CO2 emissions, kg CO2e. */
    public static final String CO2 = "CO2 Emissions";
    /** The CH4 emissions, kg CO2e. */
    public static final String CH4 = "CH4 Emissions";
    /** The N2O emissions, kg CO2e. */
    public static final String N2O = "N2O Emissions";
    /** The data source's id. */
    public static final String SOURCE_ID = "Data source ID";
    /** The data source's name. */
    public static final String SOURCE_NAME = "Data source name";

    /** All columns, in the order CityCatalyst writes them. */
    public static final List<String> ALL = List.of(INVENTORY_REFERENCE, REFERENCE_NUMBER, SUBSECTOR, NOTATION_KEY,
            TOTAL, TOTAL_UNIT, ACTIVITY_TYPE, ACTIVITY_VALUE, ACTIVITY_UNIT, FACTOR_CO2, FACTOR_CH4, FACTOR_N2O,
            FACTOR_UNIT, CO2, CH4, N2O, SOURCE_ID, SOURCE_NAME);

    /** The columns a file must have. */
    public static final List<String> REQUIRED = List.of(REFERENCE_NUMBER, NOTATION_KEY, TOTAL);

    /** The publisher recorded for CityCatalyst's data sources and inventories. */
    public static final String PUBLISHER = "CityCatalyst";

    /** The unit of totals. */
    public static final String TONNES = "t CO2e";

    /** The unit of per-gas emissions in the exports. */
    public static final String KILOGRAMS = "kg CO2e";

    /** The start of a data source's citation that holds its CityCatalyst id. */
    static final String SOURCE_CITATION = "CityCatalyst data source ";

    /** The identifier namespace for a LOCODE whose country is not an assigned ISO 3166-1 code. */
    public static final String UNASSIGNED_LOCODE = "citycatalyst-locode";

    private CityCatalystColumns() {
    }
}
