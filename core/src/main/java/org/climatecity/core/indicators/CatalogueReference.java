package org.climatecity.core.indicators;

import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;

/**
 * A reference from an indicator to an entry of an indicator catalogue: an ISO 37120 indicator number, or a
 * NetZeroCities or CDP question id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param catalogue the catalogue, not null
 * @param code the entry's number or id in the catalogue, not blank; for ISO 37120 a number of the form {@code 8.1}
 * @since 0.1.0
 */
public record CatalogueReference(Catalogue catalogue, String code) {

    private static final Pattern ISO_37120_NUMBER = Pattern.compile("[1-9][0-9]?\\.[1-9][0-9]?");

    /**
     * Creates a reference.
     *
     * @param catalogue the catalogue, not null
     * @param code the number or id, not blank
     * @throws ClimateCityException if a component is missing or blank, or an ISO 37120 number is not of the form
     *     {@code 8.1}
     */
    public CatalogueReference {
        Require.nonNull(catalogue, "catalogue");
        code = Require.text(code, "catalogue code");
        if (catalogue == Catalogue.ISO_37120 && !ISO_37120_NUMBER.matcher(code).matches()) {
            throw new ClimateCityException("ISO 37120 indicator number must be a section and a number such as 8.1,"
                    + " was '" + Texts.abbreviate(code) + "'");
        }
    }
}
