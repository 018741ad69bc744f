/**
 * The climate-city domain model: programmes, cities, twin cities, partners, targets, emissions inventories, action
 * plans, pilots and their scaling, the rules that span a whole document (also as one Jakarta Validation constraint)
 * and the calculations planners repeat by hand.
 *
 * <p>Depends on {@code jakarta.validation} only; JSpecify nullness annotations are optional at run time.
 */
module org.climatecity.core {
    requires transitive jakarta.validation;
    requires static org.jspecify;

    exports org.climatecity.core;
    exports org.climatecity.core.action;
    exports org.climatecity.core.actor;
    exports org.climatecity.core.calc;
    exports org.climatecity.core.common;
    exports org.climatecity.core.diff;
    exports org.climatecity.core.document;
    exports org.climatecity.core.emissions;
    exports org.climatecity.core.finance;
    exports org.climatecity.core.geo;
    exports org.climatecity.core.id;
    exports org.climatecity.core.indicators;
    exports org.climatecity.core.pilot;
    exports org.climatecity.core.programme;
    exports org.climatecity.core.registry;
    exports org.climatecity.core.scenario;
    exports org.climatecity.core.targets;
    exports org.climatecity.core.time;

    // helpers shared by the library's own modules (message texts, output files), not by its users
    uses org.climatecity.core.registry.RegionRegistry;

    exports org.climatecity.core.internal to org.climatecity.serialization, org.climatecity.interop;

}
