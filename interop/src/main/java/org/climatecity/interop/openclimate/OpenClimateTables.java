package org.climatecity.interop.openclimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenClimate's tables, the columns of each in the order an export writes them, and how the model holds them.
 *
 * <ul>
 * <li>{@code Actor}: a {@code city} is a {@link org.climatecity.core.actor.Municipality} (identifier
 *     {@code locode:}), a {@code country} a country {@link org.climatecity.core.actor.Territory} ({@code iso3166-1:}),
 *     an {@code adm1} a region ({@code iso3166-2:}); {@code is_part_of} is {@code partOf}. Planets, organisations and
 *     sites are not places of the model and are reported; so are {@code icon}, {@code hq} and {@code is_owned_by}.
 *     An actor a table names without an {@code Actor} row is inferred from the shape of its id and reported.</li>
 * <li>{@code ActorName}: the place's {@code names}; {@code ActorIdentifier}: its identifiers, the namespaces
 *     {@code CDP}, {@code Wikidata}, {@code ISO-3166-1}, {@code ISO-3166-2}, {@code UNLOCODE} and others as lowercase
 *     slugs; {@code Population}: its population on 31 December of the year; {@code Territory}: its area and
 *     location (degrees × 10,000).</li>
 * <li>{@code Publisher} and {@code DataSource}: the {@link org.climatecity.core.common.DataSource} of each fact
 *     (publisher name, name, published, URL, citation; the row's methodology id as its methodology).</li>
 * <li>{@code EmissionsAgg}: one {@link org.climatecity.core.emissions.EmissionsInventory} per row, of boundary
 *     {@code OTHER} (as the source defines it), with the total as its reported total; several rows of one actor and
 *     year from different data sources are several inventories.</li>
 * <li>{@code Target}: a {@link org.climatecity.core.targets.ClimateTarget} owned by the actor, held by one initiative
 *     per data set (see {@link OpenClimateImporter}).</li>
 * </ul>
 *
 * <p>The model has no place for OpenClimate's own ids ({@code emissions_id}, {@code target_id},
 * {@code datasource_id}, the publisher's id and URL, the target type as written): they are kept in the provenance note
 * of each fact in the form {@code openclimate: emissions_id=X; datasource_id=Y; ...}, so that an export writes them
 * back exactly.
 *
 * @since 0.1.0
 */
public final class OpenClimateTables {

    /** The tables and their columns, in the order an export writes them. */
    public static final Map<String, List<String>> COLUMNS = columns();

    /** The columns each table must have for its rows to be read. */
    public static final Map<String, List<String>> REQUIRED = Map.of(
            "Actor", List.of("actor_id", "type", "name"),
            "ActorName", List.of("actor_id", "name"),
            "ActorIdentifier", List.of("identifier", "actor_id", "namespace"),
            "Publisher", List.of("id", "name"),
            "DataSource", List.of("datasource_id", "name", "publisher"),
            "EmissionsAgg", List.of("emissions_id", "actor_id", "year", "total_emissions", "datasource_id"),
            "Target", List.of("target_id", "actor_id", "target_type", "target_year", "datasource_id"),
            "Population", List.of("actor_id", "population", "year"),
            "Territory", List.of("actor_id"));

    /** The tables of tags on data sources, which the model does not hold. */
    public static final List<String> TAG_TABLES = List.of("Tag", "DataSourceTag");

    private OpenClimateTables() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("Publisher", List.of("id", "name", "URL"));
        map.put("DataSource", List.of("datasource_id", "name", "publisher", "published", "URL", "citation"));
        map.put("Actor", List.of("actor_id", "type", "name", "icon", "hq", "is_part_of", "is_owned_by",
                "datasource_id"));
        map.put("ActorName", List.of("actor_id", "name", "language", "preferred", "datasource_id"));
        map.put("ActorIdentifier", List.of("identifier", "actor_id", "namespace", "datasource_id"));
        map.put("Territory", List.of("actor_id", "area", "lat", "lng", "admin_bound", "datasource_id"));
        map.put("Population", List.of("actor_id", "population", "year", "datasource_id"));
        map.put("EmissionsAgg", List.of("emissions_id", "actor_id", "year", "total_emissions", "methodology_id",
                "datasource_id"));
        map.put("Target", List.of("target_id", "actor_id", "target_type", "baseline_year", "target_year",
                "baseline_value", "target_value", "target_unit", "bau_value", "is_net_zero", "percent_achieved", "URL",
                "summary", "datasource_id", "initiative_id"));
        return java.util.Collections.unmodifiableMap(map);
    }
}
