package org.climatecity.core.emissions;

import org.climatecity.core.ClimateCityException;

/**
 * The 9 main sectors of territorial emissions in the Swedish national emissions database (SMHI, Nationella
 * emissionsdatabasen), each with its Swedish label as published.
 *
 * @since 0.1.0
 */
public enum SwedishMainSector implements EmissionsSector {
    /** Work machinery ({@code Arbetsmaskiner}). */
    WORK_MACHINERY("work-machinery", "Arbetsmaskiner"),
    /** Waste, including sewage ({@code Avfall (inkl.avlopp)}). */
    WASTE("waste", "Avfall (inkl.avlopp)"),
    /** Own heating of homes and premises ({@code Egen uppvärmning av bostäder och lokaler}). */
    INDIVIDUAL_HEATING("individual-heating", "Egen uppvärmning av bostäder och lokaler"),
    /** Electricity and district heating ({@code El och fjärrvärme}). */
    ELECTRICITY_AND_DISTRICT_HEATING("electricity-and-district-heating", "El och fjärrvärme"),
    /** Industry, energy and processes ({@code Industri (energi + processer)}). */
    INDUSTRY("industry", "Industri (energi + processer)"),
    /** Agriculture ({@code Jordbruk}). */
    AGRICULTURE("agriculture", "Jordbruk"),
    /** Use of products, including solvents ({@code Produktanvändning (inkl. lösningsmedel)}). */
    PRODUCT_USE("product-use", "Produktanvändning (inkl. lösningsmedel)"),
    /** Domestic transport ({@code Transporter}). */
    DOMESTIC_TRANSPORT("domestic-transport", "Transporter"),
    /** International transport bunkered in the municipality ({@code Utrikes transporter}). */
    INTERNATIONAL_TRANSPORT("international-transport", "Utrikes transporter");

    private final String code;
    private final String label;

    SwedishMainSector(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public SectorScheme scheme() {
        return SectorScheme.SE_NATIONAL_MAIN;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Obtains the sector with a published Swedish label, such as {@code Transporter}.
     *
     * @param label the label, not null
     * @return the sector
     * @throws ClimateCityException if no sector has that label
     */
    public static SwedishMainSector fromLabel(String label) {
        for (SwedishMainSector sector : values()) {
            if (sector.label.equals(label)) {
                return sector;
            }
        }
        throw new ClimateCityException("Swedish main sector label must be one of the 9 published labels, was '"
                + org.climatecity.core.internal.Texts.abbreviate(String.valueOf(label)) + "'");
    }
}
