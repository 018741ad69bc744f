/**
 * Reads and writes climate-city programme documents as JSON and YAML: a versioned document format, a Jackson 3
 * module for the model, problem reports with JSON Pointers, and the published JSON Schema.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@link org.climatecity.serialization.ClimateCityDocuments} — the facade: {@code read(String | byte[] | Path |
 * InputStream | Reader)} returns a {@link org.climatecity.serialization.ReadResult} or throws a
 * {@link org.climatecity.serialization.DocumentReadException} whose {@code problems()} lists every
 * {@link org.climatecity.serialization.Problem}; {@code readDocument(String | Path)} returns the model only;
 * {@code writeToString}, {@code writeToBytes} and {@code write(…, Path | OutputStream | Writer)} write a
 * {@code ProgrammeDocument}, or a {@code ReadResult} with its unknown properties; {@code validate(document)} checks
 * the constraints only; {@code jsonSchema()} returns the schema. Options by
 * {@code ClimateCityDocuments.builder()}: {@code format(DocumentFormat)}, {@code strict(boolean)},
 * {@code pretty(boolean)}, {@code validate(boolean)}, {@code validator(Validator)},
 * {@code limits(ReadLimits)}. Immutable and thread-safe.
 * <li>{@link org.climatecity.serialization.ClimateCityModule} — the Jackson module, found by
 * {@code JsonMapper.builder().findAndAddModules()}; it writes and reads the same format, failing at the first
 * problem as a mapper does. It also writes and reads the results of {@code org.climatecity.core.calc} (trends,
 * projections, gap analyses, scaling projections; a {@code YearlySeries} as an array of {@code {"year", "value"}})
 * with the same conventions.
 * <li>{@link org.climatecity.serialization.UnknownProperties} — properties this version does not know, kept and
 * written back into their objects.
 * <li>{@link org.climatecity.serialization.ReadLimits}, {@link org.climatecity.serialization.SchemaVersion},
 * {@link org.climatecity.serialization.DocumentFormat}.
 * </ul>
 *
 * <h2>Document format, version 1.0</h2>
 * <ul>
 * <li>The root is an object whose first property is {@code "schemaVersion": "1.0"}, followed by the components of
 * {@code ProgrammeDocument}: {@code actors}, {@code programme}, {@code initiatives}, {@code inventories}.
 * <li>Every object's properties are its record's components, named as in Java and written in declaration order
 * (never sorted). A sealed type's object starts with {@code "type"}: actors by {@code ActorKind.typeName()}
 * ({@code municipality}, {@code regional-authority}, {@code county-administrative-board},
 * {@code national-agency}, {@code programme-office}, {@code company}, {@code civil-society-organisation},
 * {@code academic-institution}); geographies {@code municipality}, {@code county}, {@code country},
 * {@code country-group}; target kinds by {@code TargetKind.typeName()}; adoption curves {@code linear},
 * {@code logistic}, {@code step}. Class names are never written or read. A reader accepts {@code "type"}
 * anywhere in its object.
 * <li>Entities refer to each other by id: actor ids and local ids are slugs such as {@code borlange}.
 * <li>Codes are strings in their canonical text form: municipality {@code "2081"}, county {@code "20"}, country
 * {@code "SE"}, organisation number {@code "212000-2205"} (read with or without the hyphen), NUTS {@code "SE312"},
 * LAU {@code "SE:2081"}; emissions sectors by id such as {@code "se:domestic-transport"} or {@code "gpc:waste"}.
 * <li>Enum constants are lowercase kebab-case names: {@code "active-party"}, {@code "all-ghg"}, {@code "eu"}.
 * <li>Dates are ISO-8601 calendar dates, {@code "2024-12-01"}; a date range is {@code {"start": …, "end": …}}
 * with an exclusive, optional end; a year range is {@code {"first": 2021, "last": 2030}}.
 * <li>Money is {@code {"amount": "12500000", "currency": "SEK"}}: the amount is a string of plain decimal digits
 * (no exponent, at most 30 digits before and 10 after the point) so no tool loses precision; readers also accept
 * a JSON number of that form. The currency is an ISO 4217 code.
 * <li>Other numbers are JSON numbers: whole numbers where the model has {@code int} or {@code long}, any finite
 * number where it has {@code double} (written in the shortest form that reads back to the same value).
 * <li>An optional property is omitted when absent; {@code null} is never written nor accepted. A list is omitted
 * when empty and read as empty when absent, except the lists the model requires to be non-empty
 * ({@code scopes}, target and action-plan {@code owners}, {@code hostCities}, {@code stages}, stage
 * {@code geographies}, country-group {@code countries}), which are required.
 * <li>Unknown properties are kept and written back after their object's known properties (see
 * {@link org.climatecity.serialization.UnknownProperties}); in strict mode each is a problem.
 * <li>A newer minor version (such as {@code 1.1}) is read; a missing version or another major version is a
 * problem naming the supported versions. Written back, a read document keeps its declared version.
 * <li>Output: pretty JSON uses two spaces, {@code "name": value}, {@code \n} line breaks and ends with a line
 * break; compact JSON has no white space. The same document always gives the same bytes. YAML is written in block
 * style; in YAML, unquoted scalars are accepted where text is expected (quote codes such as {@code "0180"}: YAML
 * reads {@code 0180} as a number).
 * </ul>
 *
 * <h2>Problem codes</h2>
 * {@code syntax} (with line and column; reading stops), {@code invalid-encoding}, {@code duplicate-key},
 * {@code trailing-content}, {@code limit-exceeded} (a {@link org.climatecity.serialization.ReadLimits} limit;
 * reading stops), {@code missing-version}, {@code unsupported-version} (reported alone), {@code wrong-type}
 * (including {@code null}), {@code invalid-value} (a value or object breaks a rule of the model; the message is the
 * model's), {@code unknown-enum} and {@code unknown-type} (the message lists the allowed names),
 * {@code missing-property}, {@code unknown-property} (strict mode), {@code too-many-problems}; and for each
 * Jakarta Validation constraint violation, found once binding succeeded, the kebab-case simple name of its
 * annotation type, such as {@code valid-programme-document}, at the JSON Pointer of its property path.
 */
@NullMarked
package org.climatecity.serialization;

import org.jspecify.annotations.NullMarked;
