package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.climatecity.interop.Documents.assertValid;
import static org.climatecity.interop.Documents.resource;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.interop.citycatalyst.CityCatalystImporter;
import org.climatecity.interop.emissions.EmissionsCsv;
import org.climatecity.interop.klimatkollen.KlimatkollenImporter;
import org.climatecity.interop.openclimate.OpenClimateImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

class ImportLimitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "1023, 64, 1, 1, 'max document length must be at least 1024, was 1023'",
        "1024, 63, 1, 1, 'max field length must be at least 64, was 63'",
        "1024, 64, 0, 1, 'max rows must be at least 1, was 0'",
        "1024, 64, 1, 0, 'max problems must be at least 1, was 0'"})
    void rejectsLimitsThatLeaveNoRoomForAFile(long length, int field, int rows, int problems, String message) {
        assertThatThrownBy(() -> new ImportLimits(length, field, rows, problems))
                .isInstanceOf(ClimateCityException.class).hasMessage(message);
    }

    @Test
    void copiesLimitsWithOneChanged() {
        ImportLimits limits = EmissionsCsv.DEFAULT_LIMITS;
        assertThat(limits).isEqualTo(new ImportLimits(128L * 1024 * 1024, 1000, 1_000_000, 1000));
        assertThat(limits.withMaxDocumentLength(2048).maxDocumentLength()).isEqualTo(2048);
        assertThat(limits.withMaxFieldLength(100).maxFieldLength()).isEqualTo(100);
        assertThat(limits.withMaxRows(5).maxRows()).isEqualTo(5);
        assertThat(limits.withMaxProblems(7)).isEqualTo(new ImportLimits(128L * 1024 * 1024, 1000,
                1_000_000, 7));
    }

    @Test
    void declaresEachImportersDefaults() {
        ImportLimits csv = new ImportLimits(64L * 1024 * 1024, 1_000_000, 100_000, 1000);
        assertThat(CityCatalystImporter.DEFAULT_LIMITS).isEqualTo(csv);
        assertThat(OpenClimateImporter.DEFAULT_LIMITS).isEqualTo(csv);
        assertThat(KlimatkollenImporter.DEFAULT_LIMITS).isEqualTo(csv.withMaxRows(1_000));
    }

    @Test
    void cityCatalystReadsMoreRowsThanTheDefaultWhenRaised() throws IOException {
        Path file = dir.resolve("inventory-SE BOS-2021.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("GPC Reference Number,Notation Key,Total Emissions\n");
            for (int row = 0; row <= 100_000; row++) {
                out.write("I.1.1,,1\n");
            }
        }
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2021.csv: it has more than 100,000 rows, the limit (line"
                        + " 100002)");
        ImportResult raised = CityCatalystImporter.read(file, "SE BOS", 2021,
                CityCatalystImporter.DEFAULT_LIMITS.withMaxRows(100_001));
        assertThat(raised.document().inventories()).hasSize(1);
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file), CityCatalystImporter.DEFAULT_LIMITS
                .withMaxDocumentLength(4096))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2021.csv: it is longer than 4,096 bytes, the limit");
    }

    @Test
    void openClimateReadsALongerFieldThanTheDefaultWhenRaised() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("long"));
        Files.writeString(folder.resolve("EmissionsAgg.csv"), "emissions_id,actor_id,year,total_emissions,"
                + "datasource_id\n" + "e1,SE BOS,2020,5,\"" + "d".repeat(1_000_001) + "\"\n");
        assertThatThrownBy(() -> OpenClimateImporter.read(folder)).isInstanceOf(ImportException.class)
                .hasMessage("cannot read long/EmissionsAgg.csv: line 2: a field is longer than 1,000,000 characters,"
                        + " the limit");
        ImportResult raised = OpenClimateImporter.read(List.of(folder), OpenClimateImporter.DEFAULT_LIMITS
                .withMaxFieldLength(2_000_000));
        assertThat(raised.report().entries()).isNotEmpty();
    }

    @Test
    void klimatkollenReadsMoreMunicipalitiesThanTheDefaultWhenRaised() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ArrayNode sample = (ArrayNode) mapper.readTree(resource("org/climatecity/interop/klimatkollen/climate-data.json")
                .toFile());
        ArrayNode repeated = mapper.createArrayNode();
        while (repeated.size() <= 1_000) {
            for (JsonNode municipality : sample) {
                repeated.add(municipality);
            }
        }
        Path file = dir.resolve("repeated.json");
        Files.writeString(file, mapper.writeValueAsString(repeated), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KlimatkollenImporter.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cannot read repeated.json: its array has more than 1,000 elements, the limit"
                        + " (element 1001 at line 1, column ");
        ImportResult raised = KlimatkollenImporter.read(List.of(file), KlimatkollenImporter.DEFAULT_LIMITS
                .withMaxRows(repeated.size()));
        ImportResult once = KlimatkollenImporter.read(resource("org/climatecity/interop/klimatkollen/climate-data.json"));
        assertThat(raised.document().actors()).hasSameSizeAs(once.document().actors());
        assertValid(raised.document());
        assertThatThrownBy(() -> KlimatkollenImporter.read(file, KlimatkollenImporter.DEFAULT_LIMITS
                .withMaxRows(repeated.size()).withMaxFieldLength(64))).isInstanceOf(ImportException.class)
                .hasMessageMatching("cannot read repeated\\.json: line 1, column \\d+: a string is longer than 64"
                        + " characters, the limit");
    }
}
