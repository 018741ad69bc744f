package org.climatecity.core.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.MunicipalityCode;

/**
 * The registry of Sweden's 290 municipalities and 21 counties, with their codes and names, so that a code can be
 * checked to exist and be named.
 *
 * <p>The data is embedded in the jar (municipality list CC0 via sjbrg/swedish-geodata, following Statistics
 * Sweden's regional division; see {@code ATTRIBUTION.txt} beside the data) and loaded once, on first use. It is
 * Sweden's {@link RegionRegistry}: it checks {@code se-kommun}, {@code se-lan} and Swedish {@code lau} codes. The
 * class is thread-safe.
 *
 * @since 0.1.0
 */
public final class SwedishRegions implements RegionRegistry {

    private static final SwedishRegions INSTANCE = load();

    private final Map<MunicipalityCode, RegisteredMunicipality> municipalities;
    private final Map<CountyCode, RegisteredCounty> counties;

    private SwedishRegions(Map<MunicipalityCode, RegisteredMunicipality> municipalities,
            Map<CountyCode, RegisteredCounty> counties) {
        this.municipalities = Collections.unmodifiableMap(municipalities);
        this.counties = Collections.unmodifiableMap(counties);
    }

    /**
     * Obtains the registry.
     *
     * @return the registry, not null
     */
    public static SwedishRegions get() {
        return INSTANCE;
    }

    @Override
    public CountryCode country() {
        return CountryCode.SWEDEN;
    }

    @Override
    public Optional<String> problem(Identifier identifier) {
        switch (identifier.namespace()) {
            case Identifier.SE_KOMMUN -> {
                return municipalityProblem(MunicipalityCode.parse(identifier.value()));
            }
            case Identifier.SE_LAN -> {
                CountyCode code = CountyCode.parse(identifier.value());
                return county(code).isPresent() ? Optional.empty()
                        : Optional.of("county code must name one of Sweden's 21 counties, was '" + code + "'");
            }
            case Identifier.LAU -> {
                LauCode lau = LauCode.parse(identifier.value());
                return lau.country().equals(CountryCode.SWEDEN)
                        ? municipalityProblem(MunicipalityCode.parse(lau.code())) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<String> municipalityProblem(MunicipalityCode code) {
        return municipality(code).isPresent() ? Optional.empty()
                : Optional.of("municipality code must name one of Sweden's 290 municipalities, was '" + code + "'");
    }

    /**
     * Returns the municipality with a code.
     *
     * @param code the code, not null
     * @return the municipality, or empty when no municipality has the code
     */
    public Optional<RegisteredMunicipality> municipality(MunicipalityCode code) {
        return Optional.ofNullable(municipalities.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the municipality with a code, failing when none exists.
     *
     * @param code the code, not null
     * @return the municipality
     * @throws ClimateCityException if no municipality has the code
     */
    public RegisteredMunicipality requireMunicipality(MunicipalityCode code) {
        return municipality(code).orElseThrow(() -> new ClimateCityException(
                "municipality code must name one of Sweden's 290 municipalities, was '" + code + "'"));
    }

    /**
     * Returns the county with a code.
     *
     * @param code the code, not null
     * @return the county, or empty when no county has the code
     */
    public Optional<RegisteredCounty> county(CountyCode code) {
        return Optional.ofNullable(counties.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the county with a code, failing when none exists.
     *
     * @param code the code, not null
     * @return the county
     * @throws ClimateCityException if no county has the code
     */
    public RegisteredCounty requireCounty(CountyCode code) {
        return county(code).orElseThrow(() -> new ClimateCityException(
                "county code must name one of Sweden's 21 counties, was '" + code + "'"));
    }

    /**
     * Returns all municipalities, ordered by code.
     *
     * @return the 290 municipalities
     */
    public List<RegisteredMunicipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    /**
     * Returns the municipalities of a county, ordered by code.
     *
     * @param county the county code, not null
     * @return the municipalities, empty when the county does not exist
     */
    public List<RegisteredMunicipality> municipalitiesIn(CountyCode county) {
        Objects.requireNonNull(county, "county");
        return municipalities.values().stream().filter(m -> m.county().equals(county)).toList();
    }

    /**
     * Returns all counties, ordered by code.
     *
     * @return the 21 counties
     */
    public List<RegisteredCounty> counties() {
        return List.copyOf(counties.values());
    }

    private static SwedishRegions load() {
        Map<CountyCode, RegisteredCounty> counties = new LinkedHashMap<>();
        for (String[] row : rows("se-counties.csv", 2)) {
            RegisteredCounty county = new RegisteredCounty(CountyCode.of(row[0]), row[1]);
            counties.put(county.code(), county);
        }
        Map<MunicipalityCode, RegisteredMunicipality> municipalities = new LinkedHashMap<>();
        for (String[] row : rows("se-municipalities.csv", 3)) {
            RegisteredMunicipality municipality = new RegisteredMunicipality(MunicipalityCode.of(row[0]), row[1]);
            if (!municipality.county().value().equals(row[2]) || !counties.containsKey(municipality.county())) {
                throw new IllegalStateException("embedded registry is corrupt at municipality " + row[0]);
            }
            municipalities.put(municipality.code(), municipality);
        }
        return new SwedishRegions(sorted(municipalities, RegisteredMunicipality::code),
                sorted(counties, RegisteredCounty::code));
    }

    private static <K extends Comparable<K>, V> Map<K, V> sorted(Map<K, V> map, Function<V, K> key) {
        List<V> values = new ArrayList<>(map.values());
        values.sort((a, b) -> key.apply(a).compareTo(key.apply(b)));
        Map<K, V> result = new LinkedHashMap<>();
        values.forEach(v -> result.put(key.apply(v), v));
        return result;
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = SwedishRegions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("embedded registry resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] row = line.split(",", -1);
                    if (row.length != columns) {
                        throw new IllegalStateException("embedded registry is corrupt: " + resource + ": " + line);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded registry " + resource, e);
        }
    }
}
