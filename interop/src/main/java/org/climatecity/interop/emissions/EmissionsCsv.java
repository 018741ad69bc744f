package org.climatecity.interop.emissions;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.MunicipalityCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads long-format municipal emissions, one row per municipality, year and sector, as in the Swedish national
 * emissions database compiled by Klimatkollen:
 *
 * <pre>
 * municipality_code,year,sector,tonnes_co2e
 * 2081,2024,Transporter,98765.43
 * </pre>
 *
 * <p>The header must be exactly {@link #HEADER}. Each row must have four columns: a four-digit municipality code, a
 * year from 1900 to 2200, a sector given by its published Swedish label ({@code Transporter}) or its id
 * ({@code se:domestic-transport}), and finite tonnes CO2e (negative for net removals). A municipality, year and
 * sector may appear once. Blank lines are skipped. Every problem is reported with its line number (1 is the header),
 * and nothing is dropped silently: a file with problems gives its problems, and callers decide to stop.
 *
 * <p>Parsing uses Jackson's CSV format, so quoted fields (with commas or line breaks) are read correctly. The class is
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class EmissionsCsv {

    /** The required header columns. */
    public static final List<String> HEADER = List.of("municipality_code", "year", "sector", "tonnes_co2e");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .build();

    private EmissionsCsv() {
    }

    /**
     * One valid row.
     *
     * @param line the line number in the file, the header being line 1
     * @param municipality the municipality code, not null
     * @param year the year
     * @param sector the sector, not null
     * @param tonnesCo2e the emissions in tonnes CO2e, finite
     * @since 0.1.0
     */
    public record Row(int line, MunicipalityCode municipality, int year, EmissionsSector sector, double tonnesCo2e) {

        /**
         * Creates a row.
         *
         * @param line the line number, at least 2
         * @param municipality the code, not null
         * @param year the year
         * @param sector the sector, not null
         * @param tonnesCo2e the emissions, finite
         */
        public Row {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(sector, "sector");
        }
    }

    /**
     * A problem in the input, with its line.
     *
     * @param line the line number, the header being line 1
     * @param message what is wrong, naming the bad value, not null
     * @since 0.1.0
     */
    public record Problem(int line, String message) {

        /**
         * Creates a problem.
         *
         * @param line the line number
         * @param message the message, not null
         */
        public Problem {
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns the problem as {@code line 12: year must be ...}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /**
     * What was read: the valid rows in file order and the problems found.
     *
     * @param rows the valid rows, not null
     * @param problems the problems in line order, not null; empty when the whole input is valid
     * @since 0.1.0
     */
    public record Result(List<Row> rows, List<Problem> problems) {

        /**
         * Creates a result.
         *
         * @param rows the rows, not null
         * @param problems the problems, not null
         */
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /**
         * Checks if the input had no problems.
         *
         * @return true if there are no problems
         */
        public boolean isValid() {
            return problems.isEmpty();
        }

        /**
         * Returns each municipality's emissions summed over sectors per year, ordered by code.
         *
         * @return an unmodifiable map of code to yearly totals
         */
        public SortedMap<MunicipalityCode, YearlySeries> totalsByMunicipality() {
            Map<MunicipalityCode, YearlySeries.Builder> builders = new TreeMap<>();
            for (Row row : rows) {
                builders.computeIfAbsent(row.municipality(), code -> YearlySeries.builder())
                        .add(row.year(), row.tonnesCo2e());
            }
            SortedMap<MunicipalityCode, YearlySeries> totals = new TreeMap<>();
            builders.forEach((code, builder) -> totals.put(code, builder.build()));
            return java.util.Collections.unmodifiableSortedMap(totals);
        }
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the file, not null
     * @return the rows and problems
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Result read(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads text; the reader is not closed.
     *
     * @param reader the text, not null
     * @return the rows and problems
     */
    public static Result read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        int line = 1;
        boolean header = true;
        try (MappingIterator<String[]> iterator = MAPPER.readerFor(String[].class).readValues(reader)) {
            while (iterator.hasNextValue()) {
                String[] fields = iterator.nextValue();
                // a row starts on the line where the previous one ended, even when a quoted field spans lines
                int rowLine = line;
                line = iterator.currentLocation().getLineNr();
                if (fields.length == 0 || fields.length == 1 && fields[0].isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    if (!List.of(fields).equals(HEADER)) {
                        problems.add(new Problem(rowLine, "header must be " + String.join(",", HEADER) + ", was "
                                + abbreviate(String.join(",", fields))));
                        break;
                    }
                    continue;
                }
                parseRow(rowLine, fields, rows, problems, firstLineOfKey);
            }
            if (header) {
                problems.add(new Problem(1, "header must be " + String.join(",", HEADER) + ", was an empty input"));
            }
        } catch (JacksonException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            problems.add(new Problem(at, "is not valid CSV: " + e.getOriginalMessage()));
        }
        return new Result(rows, problems);
    }

    private static void parseRow(int line, String[] fields, List<Row> rows, List<Problem> problems,
            Map<String, Integer> firstLineOfKey) {
        if (fields.length != HEADER.size()) {
            problems.add(new Problem(line, "row must have " + HEADER.size() + " columns, had " + fields.length));
            return;
        }
        int before = problems.size();
        MunicipalityCode code = null;
        try {
            code = MunicipalityCode.of(fields[0].strip());
        } catch (ClimateCityException e) {
            problems.add(new Problem(line, e.getMessage()));
        }
        int year = 0;
        try {
            year = Integer.parseInt(fields[1].strip());
            if (year < 1900 || year > 2200) {
                problems.add(new Problem(line, "year must be from 1900 to 2200, was " + year));
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, "year must be a whole number, was '" + abbreviate(fields[1]) + "'"));
        }
        EmissionsSector sector = sector(fields[2].strip());
        if (sector == null) {
            problems.add(new Problem(line, "sector must be a Swedish main sector label or a sector id, was '"
                    + abbreviate(fields[2]) + "'"));
        }
        double tonnes = 0;
        try {
            tonnes = Double.parseDouble(fields[3].strip());
            if (!Double.isFinite(tonnes)) {
                problems.add(new Problem(line, "tonnes CO2e must be a finite number, was '" + abbreviate(fields[3])
                        + "'"));
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, "tonnes CO2e must be a number, was '" + abbreviate(fields[3]) + "'"));
        }
        if (problems.size() > before) {
            return;
        }
        String key = code.value() + "/" + year + "/" + sector.id();
        Integer first = firstLineOfKey.putIfAbsent(key, line);
        if (first != null) {
            problems.add(new Problem(line, "municipality " + code.value() + ", year " + year + " and sector '"
                    + fields[2].strip() + "' repeat line " + first));
            return;
        }
        rows.add(new Row(line, code, year, sector, tonnes));
    }

    private static EmissionsSector sector(String text) {
        for (SwedishMainSector sector : SwedishMainSector.values()) {
            if (sector.label().equals(text)) {
                return sector;
            }
        }
        try {
            return EmissionsSector.parse(text);
        } catch (ClimateCityException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
