/**
 * Moves data between the climate-city model and the systems around it: importers and exporters of CityCatalyst's
 * GPC inventory exports, OpenClimate's harmonized tables and Klimatkollen's municipality data, each import giving a
 * document and a report of everything it could not take over as given; long-format municipal emissions as CSV; and
 * the embedded reference data of Sweden's 290 municipalities (population and greenhouse-gas emissions by main sector),
 * with a {@link org.climatecity.core.calc.JurisdictionSource} over it for scaling pilots.
 *
 * <p>CSV is parsed and written with Jackson's CSV data format, JSON with Jackson. JSpecify nullness annotations are
 * optional at run time.
 */
module org.climatecity.interop {
    requires transitive org.climatecity.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static org.jspecify;

    exports org.climatecity.interop;
    exports org.climatecity.interop.citycatalyst;
    exports org.climatecity.interop.openclimate;
    exports org.climatecity.interop.klimatkollen;
    exports org.climatecity.interop.emissions;
    exports org.climatecity.interop.reference;
}
