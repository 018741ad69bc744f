/**
 * Reads and writes climate-city programme documents as JSON and YAML: a versioned document format, a Jackson 3
 * module for the model, problem reports with JSON Pointers, and the published JSON Schema.
 *
 * <p>Start with {@link org.climatecity.serialization.ClimateCityDocuments}, the facade that reads a document and
 * reports every {@link org.climatecity.serialization.Problem} at once, or writes one; or register
 * {@link org.climatecity.serialization.ClimateCityModule} with a Jackson mapper of your own.
 *
 * <p>The document format, its problem codes, its limits and the use of the JSON Schema from other languages are
 * described once, in the module's
 * <a href="https://github.com/climate-city/climate-city/blob/main/serialization/README.md">README</a>, which
 * also summarises this API.
 */
@NullMarked
package org.climatecity.serialization;

import org.jspecify.annotations.NullMarked;
