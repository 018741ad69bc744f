package org.climatecity.examples.document;

import static org.climatecity.core.fixture.CanonicalScenario.AVESTA;
import static org.climatecity.core.fixture.CanonicalScenario.BORLANGE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Direction;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.indicators.ObservationStatus;
import org.climatecity.core.time.YearRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Borlänge's and Avesta's key figures from Klimatkollen's municipal climate data, as indicators of the initiative
 * with their observations. The values are read from {@link #RESOURCE}, the two municipalities' entries of
 * Klimatkollen's {@code climate-data.json} (MIT licence, Klimatbyrån, the licence beside it), never typed in here.
 *
 * <p>The file dates only the yearly share of new cars that are electric chargeable (2015–2022). Its other key figures
 * carry no year; they are kept as undated observations, which the model never places in a year. The consumption-based
 * emissions are households' consumption per resident in kilograms CO2e a year: Klimatkollen publishes them as
 * tonnes per resident (its site divides the file's value by 1,000), from the Stockholm Environment Institute's
 * Konsumtionskompassen; the unit is ours to state, the file does not.
 */
final class KlimatkollenKeyFigures {

    /** The extract of Klimatkollen's data file, a test resource. */
    static final String RESOURCE = "/org/climatecity/examples/document/klimatkollen-borlange-avesta.json";

    /** Klimatkollen's data file, with its licence's attribution. */
    static final DataSource KLIMATKOLLEN = new DataSource("Klimatkollen (Klimatbyrån)",
            "Klimatkollen municipal climate data (climate-data.json)", null, null, "https://klimatkollen.se",
            "Klimatkollen, climate-data.json, Copyright (c) 2022 Klimatbyrån, MIT License", null);

    private static final Provenance REPORTED = Provenance.reported(KLIMATKOLLEN);

    private static final Provenance CONSUMPTION_UNIT = new Provenance(Provenance.Kind.REPORTED, KLIMATKOLLEN,
            "households' consumption-based emissions per resident; the file gives kg CO2e per resident and year"
                    + " without a unit or year (Klimatkollen shows the value divided by 1,000 as tonnes)");

    private static final String UNDATED = "the file gives no year for this key figure";

    private KlimatkollenKeyFigures() {
    }

    /**
     * Returns the key figures of Borlänge and Avesta as indicators: per city the share of new cars that are electric
     * chargeable per year, bicycle lanes per resident, consumption-based emissions per resident, electric cars per
     * public charging point and the year its climate plan was adopted. Borlänge's car share keeps the canonical
     * scenario's id and tracks Borlänge's target as there.
     *
     * @return the indicators, Borlänge's first
     */
    static List<Indicator> indicators() {
        Map<String, JsonNode> byName = read();
        List<Indicator> indicators = new ArrayList<>();
        indicators.addAll(of(byName.get("Borlänge"), BORLANGE, "borlange", "Borlänge"));
        indicators.addAll(of(byName.get("Avesta"), AVESTA, "avesta", "Avesta"));
        return indicators;
    }

    private static List<Indicator> of(JsonNode city, ActorId owner, String slug, String name) {
        Indicator.Builder cars = Indicator.builder(owner.equals(BORLANGE) ? CanonicalScenario.INDICATOR_ELECTRIC_CARS
                        : LocalId.of("electric-car-share-" + slug), "new cars that are electric chargeable, " + name,
                "% of new cars", Direction.HIGHER_IS_BETTER).owner(owner).provenance(REPORTED);
        if (owner.equals(BORLANGE)) {
            cars.tracksTarget(CanonicalScenario.BORLANGE_TARGET);
        }
        // each observation is sourced as its indicator is, so it states no provenance of its own
        city.get("electricCarChangeYearly").properties().forEach(e -> cars.observation(new Observation(
                YearRange.of(Integer.parseInt(e.getKey()), Integer.parseInt(e.getKey())), e.getValue().doubleValue(),
                ObservationStatus.FINAL, null, null)));
        JsonNode plan = city.get("climatePlanYear");
        int planYear = plan.intValue();
        return List.of(cars.build(),
                undated("bicycle-metres-" + slug, "bicycle lanes per resident, " + name, "m per resident",
                        Direction.HIGHER_IS_BETTER, owner, city.get("bicycleMetrePerCapita").doubleValue(),
                        REPORTED),
                undated("consumption-emissions-" + slug, "households' consumption-based emissions per resident, "
                        + name, "kg CO2e per resident and year", Direction.LOWER_IS_BETTER, owner,
                        city.get("totalConsumptionEmission").doubleValue(), CONSUMPTION_UNIT),
                undated("electric-cars-per-charging-point-" + slug, "electric cars per public charging point, "
                        + name, "cars per charging point", Direction.LOWER_IS_BETTER, owner,
                        city.get("electricVehiclePerChargePoints").doubleValue(), REPORTED),
                Indicator.builder(LocalId.of("climate-plan-year-" + slug), "year the climate plan was adopted, " + name,
                                "year", Direction.HIGHER_IS_BETTER).owner(owner).provenance(REPORTED)
                        .observation(new Observation(YearRange.of(planYear, planYear),
                                planYear, ObservationStatus.FINAL, null, city.get("climatePlanComment")
                                        .stringValue() + " " + city.get("climatePlanLink").stringValue()))
                        .build());
    }

    private static Indicator undated(String id, String name, String unit, Direction direction, ActorId owner,
            double value, Provenance provenance) {
        return Indicator.builder(LocalId.of(id), name, unit, direction).owner(owner).provenance(provenance)
                .observation(new Observation(null, value, ObservationStatus.FINAL, null, UNDATED)).build();
    }

    private static Map<String, JsonNode> read() {
        try (InputStream in = KlimatkollenKeyFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            Map<String, JsonNode> byName = new java.util.LinkedHashMap<>();
            JsonMapper.builder().build().readTree(in).forEach(e -> byName.put(e.get("kommun").stringValue(), e));
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
