package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.climatecity.benchmarks.plain.PlainDocument;
import org.climatecity.core.document.ProgrammeDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs each benchmark of the national document once and checks that library and baseline do the same work. */
class DocumentBenchmarksTest {

    private static ProgrammeDocument expected;
    private static byte[] json;
    private static final ReadBenchmark READ = new ReadBenchmark();
    private static final ValidateBenchmark VALIDATE = new ValidateBenchmark();
    private static final WriteBenchmark WRITE = new WriteBenchmark();

    @BeforeAll
    static void setUp() {
        expected = Workloads.nationalDocument();
        json = Workloads.DOCUMENTS.writeToBytes(expected);
        System.setProperty(Workloads.NATIONAL_JSON_PROPERTY, Workloads.saveNationalJson(json).toString());
        READ.setUp();
        VALIDATE.setUp();
        WRITE.setUp();
    }

    @Test
    void nationalDocumentIsSeveralMegabytesOfJson() {
        assertThat(json.length).isBetween(3_000_000, 20_000_000);
        assertThat(Workloads.nationalJson()).isEqualTo(json);
    }

    @Test
    void libraryReadGivesTheGeneratedDocument() {
        assertThat(READ.library()).isEqualTo(expected);
    }

    @Test
    void plainRecordsReadEverything() {
        PlainDocument plain = READ.plainRecords();
        assertThat(plain.initiatives()).hasSize(290);
        assertThat(plain.inventories()).hasSize(expected.inventories().size());
        assertThat(plain.initiatives().get(0).actionPlans().get(0).actions()).hasSize(30);
    }

    @Test
    void tokenWalkDecodesEveryValue() {
        assertThat(READ.tokenWalk()).isNotZero();
    }

    @Test
    void readAndValidateAcceptsTheValidDocument() {
        assertThat(VALIDATE.readAndValidate()).isEqualTo(expected);
    }

    @Test
    void libraryWriteGivesTheSameBytes() {
        assertThat(WRITE.library()).isEqualTo(json);
    }

    @Test
    void plainRecordsMirrorTheFormatByteForByte() {
        assertThat(new String(WRITE.plainRecords(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void describesTheSizesOfEveryWorkload() {
        assertThat(Workloads.describe(json)).contains("290 initiatives", "8,700 actions", "100,000 jurisdictions",
                "290 municipal series");
    }
}
