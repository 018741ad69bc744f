package org.climatecity.interop.reference;

import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.common.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Population;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.interop.emissions.EmissionsCsv;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.internal.CsvTable;

/**
 * The reference data embedded in this library: the population on 31 December 2023 and the territorial
 * greenhouse-gas emissions by main sector of each of Sweden's 290 municipalities.
 *
 * <p>The data is embedded as resources beside this class with their attribution ({@code ATTRIBUTION.txt}):
 * population from Statistics Sweden (SCB, table BE0101) on the CC0 municipality list of sjbrg/swedish-geodata;
 * emissions from SMHI's national emissions database (Nationella emissionsdatabasen) as compiled by Klimatkollen, for
 * the years 1990, 2000, 2005, 2010, 2015 and 2020 to 2024, read with {@link EmissionsCsv}. Each part is loaded
 * once, on first use (the emissions only when an emissions figure is asked for).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SwedishReferenceData {

    /** The date the population figures refer to. */
    public static final LocalDate POPULATION_DATE = LocalDate.of(2023, 12, 31);

    /** The source of the population figures. */
    public static final Provenance POPULATION_PROVENANCE = new Provenance(Provenance.Kind.OFFICIAL_STATISTICS,
            DataSource.of("Statistics Sweden (SCB)", "table BE0101: population on 31 December 2023"),
            "municipality list CC0 via sjbrg/swedish-geodata");

    /** The source of the emissions figures. */
    public static final Provenance EMISSIONS_PROVENANCE = new Provenance(Provenance.Kind.OFFICIAL_STATISTICS,
            DataSource.of("SMHI", "Nationella emissionsdatabasen (Swedish national emissions database)"),
            "territorial emissions, all greenhouse gases as CO2e, as compiled by Klimatkollen");

    private static final String POPULATION_RESOURCE = "se-municipalities-population.csv";
    private static final String EMISSIONS_RESOURCE = "se-municipal-ghg-by-sector.csv.gz";
    private static final List<String> POPULATION_HEADER = List.of("municipality_code", "municipality_name",
            "county_code", "county_name", "population_2023_12_31");
    private static final SwedishMainSector[] SECTORS = SwedishMainSector.values();

    private final Map<MunicipalityCode, Row> rows;

    private SwedishReferenceData(Map<MunicipalityCode, Row> rows) {
        this.rows = Collections.unmodifiableMap(rows);
    }

    /**
     * Obtains the embedded reference data, loading it on first use.
     *
     * @return the reference data, not null
     * @throws UncheckedIOException if the embedded resources cannot be read
     * @throws IllegalStateException if the embedded resources are corrupt
     */
    public static SwedishReferenceData get() {
        return Holder.INSTANCE;
    }

    /**
     * Returns the codes of all municipalities, in code order.
     *
     * @return the 290 codes, not null
     */
    public List<MunicipalityCode> municipalities() {
        return List.copyOf(rows.keySet());
    }

    /**
     * Returns the codes of the municipalities of a county, in code order.
     *
     * @param county the county, not null
     * @return the codes, empty when the county has none (or does not exist)
     */
    public List<MunicipalityCode> municipalitiesOf(CountyCode county) {
        Objects.requireNonNull(county, "county");
        return rows.keySet().stream().filter(code -> code.county().equals(county)).toList();
    }

    /**
     * Returns the name of a municipality, such as {@code Borlänge}.
     *
     * @param code the municipality, not null
     * @return the name
     * @throws ClimateCityException if no municipality has the code
     */
    public String name(MunicipalityCode code) {
        return row(code).name;
    }

    /**
     * Returns the population of a municipality on {@link #POPULATION_DATE}.
     *
     * @param code the municipality, not null
     * @return the number of residents
     * @throws ClimateCityException if no municipality has the code
     */
    public long population(MunicipalityCode code) {
        return row(code).population;
    }

    /**
     * Returns the population of a municipality as a model value, dated {@link #POPULATION_DATE}.
     *
     * @param code the municipality, not null
     * @return the population, not null
     * @throws ClimateCityException if no municipality has the code
     */
    public Population populationFigure(MunicipalityCode code) {
        return Population.of(population(code), POPULATION_DATE);
    }

    /**
     * Returns the total population of a county on {@link #POPULATION_DATE}.
     *
     * @param county the county, not null
     * @return the sum over its municipalities, 0 for an unknown county
     */
    public long population(CountyCode county) {
        return municipalitiesOf(county).stream().mapToLong(this::population).sum();
    }

    /**
     * Returns the years with emissions figures, in order.
     *
     * @return the years, such as 1990, 2000, ..., 2024; a new list
     */
    public List<Integer> emissionsYears() {
        return Arrays.stream(Emissions.INSTANCE.years).boxed().toList();
    }

    /**
     * Returns the emissions of a municipality in one sector and year.
     *
     * @param code the municipality, not null
     * @param sector the sector, not null
     * @param year the year, one of {@link #emissionsYears()}
     * @return the emissions in tonnes CO2e
     * @throws ClimateCityException if no municipality has the code or there are no figures for the year
     */
    public double emissions(MunicipalityCode code, SwedishMainSector sector, int year) {
        Objects.requireNonNull(sector, "sector");
        return tonnes(code)[yearIndex(year)][sector.ordinal()];
    }

    /**
     * Returns the total emissions of a municipality in a year, over all main sectors.
     *
     * @param code the municipality, not null
     * @param year the year, one of {@link #emissionsYears()}
     * @return the emissions in tonnes CO2e
     * @throws ClimateCityException if no municipality has the code or there are no figures for the year
     */
    public double totalEmissions(MunicipalityCode code, int year) {
        double sum = 0;
        for (double tonnes : tonnes(code)[yearIndex(year)]) {
            sum += tonnes;
        }
        return sum;
    }

    /**
     * Returns the yearly emissions of a municipality in one sector.
     *
     * @param code the municipality, not null
     * @param sector the sector, not null
     * @return tonnes CO2e per year, years ascending; an unmodifiable map
     * @throws ClimateCityException if no municipality has the code
     */
    public NavigableMap<Integer, Double> emissionsSeries(MunicipalityCode code, SwedishMainSector sector) {
        Objects.requireNonNull(sector, "sector");
        double[][] tonnes = tonnes(code);
        int[] years = Emissions.INSTANCE.years;
        NavigableMap<Integer, Double> series = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            series.put(years[i], tonnes[i][sector.ordinal()]);
        }
        return Collections.unmodifiableNavigableMap(series);
    }

    /**
     * Returns the yearly total emissions of a municipality over all main sectors.
     *
     * @param code the municipality, not null
     * @return tonnes CO2e per year, years ascending; an unmodifiable map
     * @throws ClimateCityException if no municipality has the code
     */
    public NavigableMap<Integer, Double> totalEmissionsSeries(MunicipalityCode code) {
        row(code);
        NavigableMap<Integer, Double> series = new TreeMap<>();
        for (int year : Emissions.INSTANCE.years) {
            series.put(year, totalEmissions(code, year));
        }
        return Collections.unmodifiableNavigableMap(series);
    }

    /**
     * Returns a municipality's emissions in a year as an inventory of the model, by main sector, with the emissions
     * database as its provenance.
     *
     * @param owner the actor id of the municipality in a document, not null
     * @param code the municipality, not null
     * @param year the year, one of {@link #emissionsYears()}
     * @return the inventory, with one entry per main sector, not null
     * @throws ClimateCityException if no municipality has the code or there are no figures for the year
     */
    public EmissionsInventory inventory(ActorId owner, MunicipalityCode code, int year) {
        Objects.requireNonNull(owner, "owner");
        double[] tonnes = tonnes(code)[yearIndex(year)];
        List<InventoryEntry> entries = new ArrayList<>(SECTORS.length);
        for (SwedishMainSector sector : SECTORS) {
            entries.add(InventoryEntry.of(sector, tonnes[sector.ordinal()]));
        }
        return EmissionsInventory.of(owner, year, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, EMISSIONS_PROVENANCE,
                entries);
    }

    private Row row(MunicipalityCode code) {
        Objects.requireNonNull(code, "code");
        Row row = rows.get(code);
        if (row == null) {
            throw new ClimateCityException("municipality code must name one of Sweden's 290 municipalities, was '"
                    + code + "'");
        }
        return row;
    }

    private double[][] tonnes(MunicipalityCode code) {
        row(code);
        return Emissions.INSTANCE.tonnes.get(code);
    }

    private int yearIndex(int year) {
        int index = Arrays.binarySearch(Emissions.INSTANCE.years, year);
        if (index < 0) {
            throw new ClimateCityException("emissions year must be one of " + emissionsYears() + ", was " + year);
        }
        return index;
    }

    /** One municipality's name and population. */
    private record Row(String name, long population) {
    }

    /**
     * The emissions, loaded on first use only, as scaling by population does not need them: per municipality the
     * tonnes indexed by year index, then by sector ordinal.
     */
    private static final class Emissions {
        private static final Emissions INSTANCE = loadEmissions(Holder.INSTANCE.rows);

        private final int[] years;
        private final Map<MunicipalityCode, double[][]> tonnes;

        private Emissions(int[] years, Map<MunicipalityCode, double[][]> tonnes) {
            this.years = years;
            this.tonnes = tonnes;
        }
    }

    /** Loads the data on first use of {@link #get()}. */
    private static final class Holder {
        private static final SwedishReferenceData INSTANCE = load();
    }

    private static SwedishReferenceData load() {
        // read with the streaming CSV parser (CsvTable) that the importers use, rather than with data binding, which
        // this one small table does not need
        CsvTable table;
        try (InputStream in = resource(POPULATION_RESOURCE)) {
            table = CsvTable.parse(in.readAllBytes(), POPULATION_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded reference data " + POPULATION_RESOURCE, e);
        } catch (ImportException e) {
            throw new IllegalStateException("embedded reference data corrupt: " + e.getMessage(), e);
        }
        if (!table.header().equals(POPULATION_HEADER)) {
            throw new IllegalStateException("embedded reference data corrupt: " + POPULATION_RESOURCE + ": header "
                    + table.header());
        }
        Map<MunicipalityCode, Row> rows = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.values().size() != POPULATION_HEADER.size() || row.extra() != 0) {
                throw new IllegalStateException("embedded reference data corrupt: " + POPULATION_RESOURCE + ": line "
                        + row.line() + " has " + (row.values().size() + row.extra()) + " fields");
            }
            rows.put(MunicipalityCode.of(row.raw(POPULATION_HEADER.get(0))),
                    new Row(row.raw(POPULATION_HEADER.get(1)), Long.parseLong(row.raw(POPULATION_HEADER.get(4)))));
        }
        return new SwedishReferenceData(rows);
    }

    private static Emissions loadEmissions(Map<MunicipalityCode, Row> rows) {
        EmissionsCsv.Result emissions = emissions();
        if (!emissions.isValid()) {
            throw new IllegalStateException("embedded emissions are corrupt: " + emissions.problems().get(0));
        }
        int[] years = emissions.rows().stream().mapToInt(EmissionsCsv.Row::year).distinct().sorted().toArray();
        Map<MunicipalityCode, double[][]> tonnes = new HashMap<>();
        for (MunicipalityCode code : rows.keySet()) {
            double[][] perCode = new double[years.length][SECTORS.length];
            for (double[] perYear : perCode) {
                Arrays.fill(perYear, Double.NaN);
            }
            tonnes.put(code, perCode);
        }
        for (EmissionsCsv.Row emission : emissions.rows()) {
            double[][] perCode = tonnes.get(emission.municipality());
            if (perCode == null || !(emission.sector() instanceof SwedishMainSector sector)) {
                throw new IllegalStateException("embedded emissions are corrupt at line " + emission.line());
            }
            perCode[Arrays.binarySearch(years, emission.year())][sector.ordinal()] = emission.tonnesCo2e();
        }
        tonnes.forEach((code, perCode) -> {
            for (double[] perYear : perCode) {
                for (double value : perYear) {
                    if (Double.isNaN(value)) {
                        throw new IllegalStateException("embedded emissions lack a figure for municipality " + code);
                    }
                }
            }
        });
        return new Emissions(years, tonnes);
    }

    private static EmissionsCsv.Result emissions() {
        try (InputStream raw = resource(EMISSIONS_RESOURCE);
                InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            return EmissionsCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded reference data " + EMISSIONS_RESOURCE, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SwedishReferenceData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedded reference data missing: " + name);
        }
        return in;
    }
}
