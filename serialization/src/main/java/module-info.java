/**
 * Reads and writes climate-city programme documents as JSON (and YAML), with a Jackson 3 module for the model, a
 * versioned document format and its published JSON Schema.
 *
 * <p>YAML needs {@code tools.jackson.dataformat.yaml} (optional). A read document's rules are checked as plain Java
 * ({@code org.climatecity.core.document.DocumentRules}): no Jakarta Validation provider is needed at run time, and
 * one is used only when given.
 */
module org.climatecity.serialization {
    requires transitive org.climatecity.core;
    requires transitive tools.jackson.databind;
    requires static tools.jackson.dataformat.yaml;
    requires static org.snakeyaml.engine;
    // the format reads which components are optional from their @Nullable, at run time
    requires org.jspecify;

    exports org.climatecity.serialization;

    provides tools.jackson.databind.JacksonModule with org.climatecity.serialization.ClimateCityModule;
}
