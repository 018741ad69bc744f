package org.climatecity.core.common;

import java.time.LocalDate;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A published source of data, such as SMHI's national emissions database of 2025 or a city's own GPC inventory
 * report: who published it, what it is called, when (a publication date, or a vintage such as {@code 2025} for a
 * yearly recalculation), where to find it, how to cite it, and by which method the figures were made.
 *
 * <p>Immutable and thread-safe.
 *
 * @param publisher who publishes it, such as {@code SMHI}, not blank
 * @param name its name, such as {@code Nationella emissionsdatabasen}, not blank
 * @param published the date of publication, or null
 * @param vintage the edition, such as {@code 2025} for the yearly recalculation of a series, or null
 * @param url where to find it, an absolute http or https address, or null
 * @param citation how to cite it, or null
 * @param methodology how the figures were made, such as {@code GPC BASIC} or {@code IPCC 2006}, or null
 * @since 0.1.0
 */
public record DataSource(String publisher, String name, @Nullable LocalDate published, @Nullable String vintage,
        @Nullable String url, @Nullable String citation, @Nullable String methodology) {

    /**
     * Creates a data source.
     *
     * @param publisher the publisher, not blank
     * @param name the name, not blank
     * @param published the publication date, or null
     * @param vintage the vintage, null or not blank
     * @param url the address, null or an absolute http or https URL
     * @param citation the citation, null or not blank
     * @param methodology the methodology, null or not blank
     * @throws org.climatecity.core.ClimateCityException if a component is missing or malformed
     */
    public DataSource {
        publisher = Require.text(publisher, "data source publisher");
        name = Require.text(name, "data source name");
        Require.optionalDate(published, "data source publication date");
        vintage = Require.optionalText(vintage, "data source vintage");
        url = Require.optionalHttpUrl(url, "data source URL");
        citation = Require.optionalText(citation, "data source citation");
        methodology = Require.optionalText(methodology, "data source methodology");
    }

    /**
     * Obtains a source by publisher and name only.
     *
     * @param publisher the publisher, not blank
     * @param name the name, not blank
     * @return the source
     */
    public static DataSource of(String publisher, String name) {
        return new DataSource(publisher, name, null, null, null, null, null);
    }

    /**
     * Returns a copy with a vintage.
     *
     * @param newVintage the vintage, such as {@code 2025}, not blank
     * @return the copy
     */
    public DataSource withVintage(String newVintage) {
        return new DataSource(publisher, name, published, newVintage, url, citation, methodology);
    }

    /**
     * Returns a copy with an address.
     *
     * @param newUrl the absolute http or https address, not blank
     * @return the copy
     */
    public DataSource withUrl(String newUrl) {
        return new DataSource(publisher, name, published, vintage, newUrl, citation, methodology);
    }

    /**
     * Returns a short label for people, such as {@code SMHI, Nationella emissionsdatabasen (2025)}.
     *
     * @return the label
     */
    public String label() {
        String when = vintage != null ? vintage : published != null ? published.toString() : null;
        return publisher + ", " + name + (when == null ? "" : " (" + when + ")");
    }
}
