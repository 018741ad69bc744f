package org.climatecity.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Place;
import org.climatecity.core.calc.TargetEmissions;
import org.climatecity.core.calc.TargetPaths;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.TrendMethod;
import org.climatecity.core.calc.Trends;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.UserError;
import org.climatecity.interop.emissions.EmissionsCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code trend} command: Klimatkollen's trend figures for every municipality of a long-format emissions file,
 * or for every place of a document with a territorial emissions series.
 *
 * <p>With {@code --document DOC}, the document is read and validated like {@code validate} does, and each place (a
 * municipality or territory) with territorial inventories gets a row in document order: the newest source of each
 * year, years with a sector not estimated left out (see
 * {@link org.climatecity.core.calc.TargetEmissions#series(ProgrammeDocument, org.climatecity.core.id.ActorId,
 * Boundary)}). The first column is then {@code place}: the kommunkod of a Swedish municipality, else the place's
 * first identifier, else its id. An invalid document prints its problems and exits 1.
 *
 * <p>It reads {@code municipality_code,year,sector,tonnes_co2e} rows (see {@link EmissionsCsv}), sums the sectors per
 * municipality and year, fits the trend from {@code --since} (LAD by default), and prints one CSV row per
 * municipality, ordered by code, with the header {@value #HEADER}:
 * <ul>
 * <li>{@code last_year}, {@code last_value}: the last observed year and its total;</li>
 * <li>{@code slope_per_year}: the trend's slope in tonnes CO2e per year;</li>
 * <li>{@code cagr_percent}: the compound annual growth rate in percent from the first observed year at or after
 * {@code --since} to the last year; empty when the start value is not above zero or the end value is negative;</li>
 * <li>{@code net_zero_date}: the ISO date the anchored trend reaches zero, empty when it does not fall;</li>
 * <li>{@code carbon_law_budget}: the sum over {@code --from-year} to {@code --to-year}, both included, of the
 * carbon-law path that starts at the anchored trend's value in {@code --from-year}.</li>
 * </ul>
 * Tonnes are printed with 2 decimals and percentages with 3, with a dot as decimal separator.
 *
 * <p>The whole input is checked before anything is printed: if any row is bad (wrong number of columns, bad code,
 * year, sector or number, a repeated municipality-year-sector), the file is not UTF-8 CSV text or passes a limit of
 * {@link EmissionsCsv#DEFAULT_LIMITS}, or a municipality has too few years for a trend, every problem is reported on
 * standard error with its line or municipality, nothing is printed on standard output, and the exit code is 1. A
 * usage error, or an emissions file that cannot be read (it does not exist, it is a directory), exits with 2.
 *
 * @since 0.1.0
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Prints each municipality's emissions trend, net-zero date and carbon-law budget as CSV, from an"
                + " emissions file (--emissions) or for every place of a document (--document).",
            "Exits 0 on success, 1 when the emissions file has problems (each printed with its line), 2 on a usage"
                    + " error or an unreadable file."})
public final class TrendCommand implements Callable<Integer> {

    /** The header of the output. */
    public static final String HEADER =
            "municipality_code,last_year,last_value,slope_per_year,cagr_percent,net_zero_date,carbon_law_budget";

    @Spec
    private CommandSpec spec;

    @Mixin
    private DocumentSizeOption size;

    /** The header of the output for a document: the first column names a place. */
    public static final String DOCUMENT_HEADER = "place" + HEADER.substring(HEADER.indexOf(','));

    @Option(names = "--emissions", paramLabel = "FILE",
            description = "Long-format emissions CSV: municipality_code,year,sector,tonnes_co2e.")
    private Path emissions;

    @Option(names = "--document", paramLabel = "DOC",
            description = "A document: a row for every place with a territorial emissions series.")
    private Path document;

    @Option(names = "--since", defaultValue = "2015", paramLabel = "YEAR",
            description = "First year of the trend (default: ${DEFAULT-VALUE}).")
    private int since;

    @Option(names = "--method", defaultValue = "lad", paramLabel = "lad|ols", converter = MethodConverter.class,
            description = "Trend method: lad (least absolute deviations) or ols (least squares); default lad.")
    private TrendMethod method;

    @Option(names = "--from-year", defaultValue = "2026", paramLabel = "YEAR",
            description = "First year of the carbon-law budget (default: ${DEFAULT-VALUE}).")
    private int fromYear;

    @Option(names = "--to-year", defaultValue = "2050", paramLabel = "YEAR",
            description = "Last year of the carbon-law budget (default: ${DEFAULT-VALUE}).")
    private int toYear;

    @Option(names = "--carbon-law-rate", defaultValue = "0.1172", paramLabel = "RATE",
            description = "Yearly reduction of the carbon-law path, from 0 to 1 (default: ${DEFAULT-VALUE}).")
    private double carbonLawRate;

    /**
     * Creates the command; picocli fills in its options.
     */
    public TrendCommand() {
    }

    /**
     * Runs the command.
     *
     * @return 0 on success, 1 when the input has problems
     * @throws CommandLine.ParameterException if the options are inconsistent
     * @throws UserError with exit code 2 if the file cannot be read
     */
    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (document != null) {
            return document(out, err);
        }
        EmissionsCsv.Result input;
        try {
            input = EmissionsCsv.read(emissions);
        } catch (UncheckedIOException e) {
            // like the other commands: a file that cannot be read is a usage error
            throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        for (EmissionsCsv.Problem problem : input.problems()) {
            problems.add(emissions + ": " + problem);
        }
        List<String> lines = new ArrayList<>();
        if (problems.isEmpty()) {
            for (Map.Entry<MunicipalityCode, YearlySeries> entry : input.totalsByMunicipality().entrySet()) {
                try {
                    lines.add(row(entry.getKey(), entry.getValue()));
                } catch (ClimateCityException e) {
                    problems.add(emissions + ": municipality " + entry.getKey().value() + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.flush();
            return ExitCodes.INVALID;
        }
        out.println(HEADER);
        lines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private int document(PrintWriter out, PrintWriter err) {
        if (!Files.isRegularFile(document)) {
            throw new UserError(ExitCodes.USAGE, "cannot read " + document + ": "
                    + (Files.isDirectory(document) ? "it is a directory" : "no such file"));
        }
        ProgrammeDocument read = DocumentFiles.validOrProblems(document.toString(),
                DocumentFiles.read(document, false, size.limits()), err);
        if (read == null) {
            err.flush();
            return ExitCodes.INVALID;
        }
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Actor actor : read.actors()) {
            if (!(actor instanceof Place place)) {
                continue;
            }
            Optional<YearlySeries> series = TargetEmissions.series(read, place.id(), Boundary.TERRITORIAL);
            if (series.isEmpty()) {
                continue;
            }
            String label = placeLabel(place);
            try {
                lines.add(row(label, series.get()));
            } catch (ClimateCityException e) {
                problems.add(document + ": place " + label + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.flush();
            return ExitCodes.INVALID;
        }
        out.println(DOCUMENT_HEADER);
        lines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private static String placeLabel(Place place) {
        if (place instanceof Municipality m && m.code().isPresent()) {
            return m.code().get().value();
        }
        String label = place.identifiers().isEmpty() ? place.id().value() : place.identifiers().get(0).toString();
        // a CSV field: quoted where it holds a comma or a quote
        return label.contains(",") || label.contains("\"") ? "\"" + label.replace("\"", "\"\"") + "\"" : label;
    }

    private void checkOptions() {
        CommandLine commandLine = spec.commandLine();
        if ((emissions == null) == (document == null)) {
            throw new CommandLine.ParameterException(commandLine,
                    "give either --emissions FILE or --document DOC");
        }
        if (toYear < fromYear) {
            throw new CommandLine.ParameterException(commandLine,
                    "--to-year must not be before --from-year " + fromYear + ", was " + toYear);
        }
        for (int year : new int[] {since, fromYear, toYear}) {
            if (year < 1900 || year > 2200) {
                throw new CommandLine.ParameterException(commandLine,
                        "years must be from 1900 to 2200, was " + year);
            }
        }
        if (!(carbonLawRate >= 0 && carbonLawRate <= 1)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--carbon-law-rate must be from 0 to 1, was " + carbonLawRate);
        }
    }

    private String row(MunicipalityCode code, YearlySeries series) {
        return row(code.value(), series);
    }

    private String row(String label, YearlySeries series) {
        Trend trend = Trends.fit(series, since, method);
        int startYear = trend.firstYear();
        double start = series.require(startYear);
        double last = series.lastValue();
        String cagr = start > 0 && last >= 0
                ? decimals(100 * Trends.cagr(series, startYear, series.lastYear()), 3) : "";
        Optional<LocalDate> zero = trend.zeroDate();
        double budget = TargetPaths.carbonLaw(fromYear, trend.anchoredValue(fromYear), toYear, carbonLawRate)
                .cumulative(fromYear, toYear);
        return label + "," + series.lastYear() + "," + decimals(last, 2) + "," + decimals(trend.slope(), 2)
                + "," + cagr + "," + zero.map(LocalDate::toString).orElse("") + "," + decimals(budget, 2);
    }

    private static String decimals(double value, int digits) {
        String text = String.format(Locale.ROOT, "%." + digits + "f", value);
        // no negative zero in the output
        return text.matches("-0\\.0*") ? text.substring(1) : text;
    }

    /**
     * Converts {@code lad} or {@code ols}, in any case, to a trend method.
     */
    static final class MethodConverter implements CommandLine.ITypeConverter<TrendMethod> {

        @Override
        public TrendMethod convert(String value) {
            for (TrendMethod candidate : TrendMethod.values()) {
                if (candidate.name().equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw new CommandLine.TypeConversionException("must be lad or ols, was '" + value + "'");
        }
    }
}
