package org.climatecity.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.climatecity.benchmarks.plain.PlainDocument;
import org.climatecity.benchmarks.workload.EuropeScaling;
import org.climatecity.benchmarks.workload.MunicipalSeries;
import org.climatecity.benchmarks.workload.NationalDocuments;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.serialization.ClimateCityDocuments;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workloads of the benchmarks, each generated from a fixed seed, the library facades and the baseline mapper
 * they are measured with, and a description of their sizes.
 *
 * <p>The national document is generated once per run: the runner writes its JSON to a temporary file and names it
 * to the forked benchmark JVMs in the system property {@value #NATIONAL_JSON_PROPERTY}, so that every fork reads the
 * very same bytes without generating them again.
 *
 * @since 0.1.0
 */
public final class Workloads {

    /** The system property that names a file holding the national document's JSON. */
    public static final String NATIONAL_JSON_PROPERTY = "climatecity.benchmarks.nationalJson";

    /** The library reading without validation and writing compact JSON. */
    public static final ClimateCityDocuments DOCUMENTS = ClimateCityDocuments.builder().validate(false)
            .pretty(false).build();

    /** The library reading with validation (the default Jakarta Validation provider, Hibernate Validator). */
    public static final ClimateCityDocuments VALIDATING_DOCUMENTS = ClimateCityDocuments.builder().validate(true)
            .pretty(false).build();

    /**
     * The baseline's mapper: Jackson 3 databind with declaration-order properties and plain decimals, as the
     * document format has them.
     */
    public static final JsonMapper PLAIN_MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Workloads() {
    }

    /**
     * Builds the national document from the benchmarks' seed.
     *
     * @return the document, not null
     */
    public static ProgrammeDocument nationalDocument() {
        return NationalDocuments.build(NationalDocuments.DEFAULT_SEED);
    }

    /**
     * Returns the national document as compact JSON written by the library: from the file that the property
     * {@value #NATIONAL_JSON_PROPERTY} names, or generated.
     *
     * @return the UTF-8 bytes, a new array
     */
    public static byte[] nationalJson() {
        String file = System.getProperty(NATIONAL_JSON_PROPERTY);
        if (file != null && !file.isEmpty()) {
            try {
                return Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the national document from " + file, e);
            }
        }
        return DOCUMENTS.writeToBytes(nationalDocument());
    }

    /**
     * Writes the national document's JSON to a temporary file, deleted when this JVM exits.
     *
     * @param json the JSON, not null
     * @return the file
     */
    static Path saveNationalJson(byte[] json) {
        try {
            Path file = Files.createTempFile("climate-city-national", ".json");
            file.toFile().deleteOnExit();
            Files.write(file, json);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the national document to a temporary file", e);
        }
    }

    /**
     * Reads a document with the library, without validation: the typed read.
     *
     * @param json the UTF-8 JSON, not null
     * @return the document
     */
    public static ProgrammeDocument read(byte[] json) {
        return DOCUMENTS.read(json).document();
    }

    /**
     * Reads a document into the baseline's plain records.
     *
     * @param json the UTF-8 JSON, not null
     * @return the plain document
     */
    public static PlainDocument readPlain(byte[] json) {
        return PLAIN_MAPPER.readValue(json, PlainDocument.class);
    }

    /**
     * Describes the sizes of the workloads, as printed before the benchmarks run.
     *
     * @param json the national document's JSON, not null
     * @return the description, several lines, not null
     */
    public static String describe(byte[] json) {
        ProgrammeDocument document = read(json);
        long actions = document.initiatives().stream().flatMap(i -> i.actionPlans().stream())
                .mapToLong(p -> p.actions().size()).sum();
        long indicators = document.initiatives().stream().mapToLong(i -> i.indicators().size()).sum();
        long entries = document.inventories().stream().mapToLong(i -> i.entries().size()).sum();
        MunicipalSeries series = MunicipalSeries.load();
        return String.format(Locale.ROOT, "workloads (seed %d):%n"
                + "  national document: %,d bytes of compact JSON; %d actors, %d initiatives with %,d actions and "
                + "%,d indicators, %,d inventories with %,d entries%n"
                + "  scaling: 1 pilot, %,d jurisdictions x %d years (%d-%d), logistic adoption%n"
                + "  trends: %d municipal series, %d points, LAD and OLS from %d",
                NationalDocuments.DEFAULT_SEED, json.length, document.actors().size(),
                document.initiatives().size(), actions, indicators, document.inventories().size(), entries,
                EuropeScaling.JURISDICTIONS, EuropeScaling.years(), EuropeScaling.FIRST_YEAR,
                EuropeScaling.LAST_YEAR, series.size(), series.points(), TrendBenchmark.SINCE);
    }
}
