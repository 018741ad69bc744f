package org.climatecity.core.indicators;

/**
 * A catalogue of indicators or questions that an indicator may refer to, so that tools can match indicators
 * across cities.
 *
 * @since 0.1.0
 */
public enum Catalogue {
    /** ISO 37120, indicators for city services and quality of life; codes are indicator numbers such as 8.1. */
    ISO_37120,
    /** NetZeroCities' templates of the Climate City Contract; codes are its question or indicator ids. */
    NET_ZERO_CITIES,
    /** CDP's cities questionnaire; codes are its question ids. */
    CDP
}
