/**
 * Reads data from outside the climate-city model into it: long-format municipal emissions as CSV, and the embedded
 * reference data of Sweden's 290 municipalities (population and greenhouse-gas emissions by main sector), with a
 * {@link org.climatecity.core.calc.JurisdictionSource} over it for scaling pilots.
 *
 * <p>CSV is parsed with Jackson's CSV data format. JSpecify nullness annotations are optional at run time.
 */
module org.climatecity.interop {
    requires transitive org.climatecity.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static org.jspecify;

    exports org.climatecity.interop.emissions;
    exports org.climatecity.interop.reference;
}
