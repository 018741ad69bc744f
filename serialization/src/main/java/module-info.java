/**
 * Reads and writes climate-city programme documents as JSON (and YAML), with a Jackson 3 module for the model, a
 * versioned document format and its published JSON Schema.
 *
 * <p>YAML needs {@code tools.jackson.dataformat.yaml} (optional). Constraint validation of a read document uses
 * any Jakarta Validation provider found at run time, without an expression language.
 */
module org.climatecity.serialization {
    requires transitive org.climatecity.core;
    requires transitive tools.jackson.databind;
    requires static tools.jackson.dataformat.yaml;
    requires static org.snakeyaml.engine;
    requires static org.jspecify;
    requires java.logging;

    exports org.climatecity.serialization;

    provides tools.jackson.databind.JacksonModule with org.climatecity.serialization.ClimateCityModule;
}
