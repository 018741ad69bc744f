package org.climatecity.examples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.internal.OutputFiles;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.UserError;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.citycatalyst.CityCatalystImporter;
import org.climatecity.interop.klimatkollen.KlimatkollenImporter;
import org.climatecity.interop.openclimate.OpenClimateImporter;
import org.climatecity.serialization.ClimateCityDocuments;
import org.climatecity.serialization.DocumentReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code import} command: imports CityCatalyst, OpenClimate or Klimatkollen data into one document, with the
 * import report of everything not taken over as given.
 *
 * @since 0.1.0
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports CityCatalyst inventory exports, OpenClimate data-set folders or Klimatkollen JSON files"
                + " into one document, reporting every value dropped, approximated, mapped by assumption or found"
                + " inconsistent.",
            "Exits 0 when the document was written (with or without report entries), 1 when the input cannot be"
                    + " imported at all (nothing is written), 2 on a usage error or output that cannot be written."})
public final class ImportCommand implements Callable<Integer> {

    /** The formats. */
    enum Source {
        /** CityCatalyst inventory exports, files named inventory-LOCODE-YEAR.csv. */
        citycatalyst,
        /** OpenClimate data sets, folders of CSV tables. */
        openclimate,
        /** Klimatkollen municipality data, JSON files. */
        klimatkollen
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FORMAT",
            description = "The format of the input: ${COMPLETION-CANDIDATES}.")
    private Source from;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "The files (CityCatalyst, Klimatkollen) or"
            + " folders (OpenClimate) to import.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DOC",
            description = "The document to write (.json, .yaml or .yml).")
    private Path output;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Writes the report entries as a JSON array"
            + " of objects with file, line or pointer, code and message.")
    private Path report;

    @Option(names = "--city", paramLabel = "LOCODE", description = "The city of a CityCatalyst file named otherwise"
            + " than inventory-LOCODE-YEAR.csv, such as 'BR RIO'; with --year.")
    private String city;

    @Option(names = "--year", paramLabel = "YYYY", description = "The year of a CityCatalyst file named otherwise;"
            + " with --city.")
    private Integer year;

    /**
     * Creates the command; picocli calls this.
     */
    public ImportCommand() {
    }

    /**
     * Imports the inputs.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        if ((city == null) != (year == null) || city != null && (from != Source.citycatalyst || inputs.size() != 1)) {
            throw new UserError(ExitCodes.USAGE, "--city and --year go together, with --from citycatalyst and one"
                    + " input");
        }
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            result = switch (from) {
                case citycatalyst -> city != null ? CityCatalystImporter.read(inputs.get(0), city, year)
                        : CityCatalystImporter.read(inputs);
                case openclimate -> OpenClimateImporter.read(inputs);
                case klimatkollen -> KlimatkollenImporter.read(inputs);
            };
        } catch (ImportException e) {
            err.println(ConsoleText.escape(e.getMessage()));
            return ExitCodes.INVALID;
        }
        ProgrammeDocument document = result.document();
        ClimateCityDocuments documents = ClimateCityDocuments.builder().format(DocumentFiles.formatOf(output)).build();
        // the document and its report, both or neither: a failure leaves both files as they were
        // read back with the reader's limits and rules, so that no document that validate rejects is written
        String text = documents.writeToString(document);
        try {
            documents.read(text);
        } catch (DocumentReadException e) {
            err.println(ConsoleText.escape("cannot write " + output + ": the imported document would not read back: "
                    + e.getMessage()));
            return ExitCodes.INVALID;
        }
        Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put(output, OutputFiles.text(text));
        if (report != null) {
            files.put(report, OutputFiles.text(result.report().toJson()));
        }
        try {
            OutputFiles.write(files);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write " + output + (report != null ? " and " + report : "")
                    + ": " + DocumentFiles.describe(e), e);
        }
        if (report == null) {
            for (String line : result.report().grouped()) {
                err.println(ConsoleText.escape(line));
            }
        }
        if (!result.report().isEmpty()) {
            Map<String, BigDecimal> tonnes = result.report().tonnesLeftOutByCode();
            err.println(ConsoleText.escape("report by code: " + String.join(", ", result.report().countsByCode()
                    .entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + (tonnes.containsKey(e.getKey())
                            ? " (" + tonnes.get(e.getKey()).stripTrailingZeros().toPlainString() + " t CO2e)" : ""))
                    .toList()) + leftOut(result)));
        }
        long targets = document.initiatives().stream().mapToLong(i -> i.targets().size()).sum();
        long indicators = document.initiatives().stream().mapToLong(i -> i.indicators().size()).sum();
        PrintWriter out = spec.commandLine().getOut();
        out.println(ConsoleText.escape("imported " + inputs.size() + " input" + (inputs.size() == 1 ? "" : "s")
                + " from " + from + " into " + output + ": " + document.actors().size() + " actors, "
                + document.inventories().size() + " inventories, " + targets + " targets, " + indicators
                + " indicators; " + tonnes(result) + result.report().size() + " report entr" + (result.report().size() == 1 ? "y"
                        : "ies") + (report != null ? " in " + report : "")));
        out.flush();
        return ExitCodes.OK;
    }

    /** The conservation of tonnes in the summary line, such as {@code 39,342,006 t CO2e read, 39,342,006 t in the
     * document; }, or nothing for inputs without tonnes. */
    private static String tonnes(ImportResult result) {
        if (result.balances().isEmpty()) {
            return "";
        }
        return whole(result.tonnesRead()) + " t CO2e read, " + whole(result.tonnesInDocument()) + " t in the document; ";
    }

    /** The tonnes the document lacks, as the rows the report names left them out, or nothing. */
    private static String leftOut(ImportResult result) {
        BigDecimal missing = result.tonnesRead().subtract(result.tonnesInDocument());
        return missing.signum() == 0 ? "" : "; " + missing.stripTrailingZeros().toPlainString()
                + " t CO2e of the input left out (in the entries that say 'not kept')";
    }

    private static String whole(BigDecimal tonnes) {
        return String.format(Locale.ROOT, "%,d", tonnes.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact());
    }
}
