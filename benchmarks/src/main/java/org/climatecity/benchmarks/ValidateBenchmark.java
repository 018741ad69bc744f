package org.climatecity.benchmarks;

import org.climatecity.core.ProgrammeDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the national document and validating it as a whole (every Jakarta constraint of the model, through
 * Hibernate Validator), as tools do on every save. Its baseline is {@link ReadBenchmark#plainRecords()}.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
public class ValidateBenchmark {

    private byte[] json;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public ValidateBenchmark() {
    }

    /** Loads the national document's JSON. */
    @Setup
    public void setUp() {
        json = Workloads.nationalJson();
    }

    /**
     * Reads and validates the document with the library.
     *
     * @return the valid document
     */
    @Benchmark
    public ProgrammeDocument readAndValidate() {
        return Workloads.VALIDATING_DOCUMENTS.read(json).document();
    }
}
