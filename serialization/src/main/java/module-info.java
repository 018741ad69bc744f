/**
 * Reads and writes climate-city programme documents as JSON (and YAML), with a Jackson 3 module for the model, a
 * versioned document format and its published JSON Schema.
 */
module org.climatecity.serialization {
    requires transitive org.climatecity.core;
    requires transitive tools.jackson.databind;
    requires static org.jspecify;

    exports org.climatecity.serialization;
}
