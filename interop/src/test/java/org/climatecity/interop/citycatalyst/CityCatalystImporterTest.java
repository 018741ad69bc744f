package org.climatecity.interop.citycatalyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.climatecity.interop.Documents.assertValid;
import static org.climatecity.interop.Documents.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.emissions.ActivityData;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionFactor;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.Gas;
import org.climatecity.core.emissions.GasAmount;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.NotationKey;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityCatalystImporterTest {

    static final Path SAMPLE = resource("org/climatecity/interop/citycatalyst/inventory-XX SMP-2022.csv");
    static final Path DEFECTS = resource("org/climatecity/interop/citycatalyst/inventory-SE BOS-2023.csv");
    static final Path STRUCTURES = resource("org/climatecity/interop/citycatalyst/inventory-XX RWS-2022.csv");

    @TempDir
    Path dir;

    @Test
    void readsTheSampleIntoOneGpcInventoryOfTheCity() {
        ImportResult result = CityCatalystImporter.read(List.of(SAMPLE));
        EmissionsInventory inventory = result.document().inventories().get(0);
        assertThat(result.document().inventories()).hasSize(1);
        assertThat(inventory.owner()).isEqualTo(ActorId.of("xx-smp"));
        assertThat(inventory.year()).isEqualTo(2022);
        assertThat(inventory.boundary()).isEqualTo(Boundary.GPC_BASIC_PLUS);
        assertThat(inventory.entries()).hasSize(14);
        InventoryEntry first = inventory.entries().get(0);
        assertThat(first.sector().id()).isEqualTo("gpc:I.1.1");
        assertThat(first.tonnesCo2e()).isEqualTo(1523.89);
        assertThat(first.activity()).isEqualTo(new ActivityData("Natural gas", 27_200_000, "MJ"));
        assertThat(first.emissionFactors()).containsExactly(new EmissionFactor(Gas.CO2, 55900, "kg/TJ"),
                new EmissionFactor(Gas.CH4, 5, "kg/TJ"), new EmissionFactor(Gas.N2O, 0.1, "kg/TJ"));
        assertThat(first.gases()).containsExactly(new GasAmount(Gas.CO2, 1_520_400, "kg CO2e"),
                new GasAmount(Gas.CH4, 2310, "kg CO2e"), new GasAmount(Gas.N2O, 1180, "kg CO2e"));
        assertThat(first.source().name()).isEqualTo("Illustrative energy statistics");
        assertThat(first.source().citation()).isEqualTo("CityCatalyst data source src-energy-stats");
        assertThat(inventory.entries().get(3).notationKey()).isEqualTo(NotationKey.NE);
        assertThat(inventory.total().tonnesCo2e()).isEqualTo(1523.89 + 63.55 + 2881 + 1908.48 + 48360.4 + 62610.7
                + 412.87 + 4980 + 3120 + 8695, org.assertj.core.api.Assertions.within(1e-6));
        assertValid(result.document());
    }

    @Test
    void keepsACityOfAnUnassignedCountryAsATerritoryAndSaysSo() {
        ImportResult result = CityCatalystImporter.read(List.of(SAMPLE));
        Territory city = (Territory) result.document().actors().get(0);
        assertThat(city.territoryKind()).isEqualTo(TerritoryKind.COUNTRY_GROUP);
        assertThat(city.identifiers()).containsExactly(Identifier.of("citycatalyst-locode", "XX SMP"));
        assertThat(result.report().entries().stream().filter(entry -> entry.line() == null))
                .extracting(ReportEntry::code)
                .containsExactly("assumed-inventory-basis", "name-from-locode", "unassigned-country");
        assertThat(result.report().entries().stream().filter(entry -> entry.line() != null))
                .extracting(ReportEntry::line, ReportEntry::code)
                .containsExactly(tuple(10, "renamed-subsector"), tuple(11, "renamed-subsector"));
        assertThat(result.report().withCode("renamed-subsector").get(0).message()).isEqualTo("subsector of GPC"
                + " II.1.1 is named 'On-road', in GPC 1.1 'On-road transportation'; the subsector is implied by the"
                + " reference number, and an export writes GPC 1.1's name");
    }

    @Test
    void reportsEveryPlantedDefectAtItsLine() {
        ImportResult result = CityCatalystImporter.read(List.of(DEFECTS));
        assertThat(result.report().entries().stream().filter(entry -> entry.line() != null))
                .extracting(ReportEntry::line, ReportEntry::code)
                .containsExactly(
                        tuple(3, "missing-reference-number"),
                        tuple(4, "gases-do-not-sum"),
                        tuple(5, "non-gpc-notation-key"),
                        tuple(6, "bad-notation-key"),
                        tuple(7, "bad-number"),
                        tuple(8, "duplicate-row"),
                        tuple(9, "renamed-subsector"),
                        tuple(9, "incomplete-activity"),
                        tuple(10, "renamed-subsector"),
                        tuple(10, "converted-unit"),
                        tuple(11, "missing-value"),
                        tuple(12, "unknown-reference-number"),
                        tuple(13, "bad-number"));
        assertThat(result.report().withCode("gases-do-not-sum").get(0).message()).isEqualTo("emissions per gas of"
                + " GPC I.1.2 add up to 390200 kg CO2e, the total is 400 t CO2e; both are kept as given");
        assertThat(result.report().withCode("unknown-reference-number").get(0).message()).endsWith("the row is not"
                + " kept (it held 5 t CO2e)");
        assertThat(result.report().withCode("bad-number").get(0).message()).isEqualTo("total emissions of GPC I.3.1"
                + " must be a number, was '12 500'; the row is not kept");
        assertThat(result.report().withCode("missing-reference-number").get(0).message())
                .isEqualTo("row has no GPC reference number (subsector 'Residential buildings', total 250); the row"
                        + " is not kept (it held 250 t CO2e)");
        assertThat(result.report().withCode("duplicate-row").get(0).message()).isEqualTo("GPC I.1.1 of activity"
                + " 'Natural gas' from 'Energy statistics, 2023' repeats line 2 and has no Inventory Reference to tell"
                + " them apart; the row is not kept (it held 999 t CO2e)");
        assertThat(result.balances()).singleElement().satisfies(balance -> {
            // left out: 250 t (line 3), 999 t (line 8), 5 t (line 12)
            assertThat(result.report().tonnesLeftOutByCode()).containsOnlyKeys("missing-reference-number",
                    "duplicate-row", "unknown-reference-number");
            assertThat(balance.read()).isEqualByComparingTo("6454.5");
            assertThat(balance.inDocument()).isEqualByComparingTo("5200.5");
        });
        assertThat(result.report().entries()).extracting(ReportEntry::toString)
                .contains("inventory-SE BOS-2023.csv:5: non-gpc-notation-key: notation key 'NA' of GPC I.2.1 is none"
                        + " of GPC's NO, IE, NE, C; it is kept as given");
    }

    @Test
    void keepsWhatTheDefectiveRowsAllow() {
        ImportResult result = CityCatalystImporter.read(List.of(DEFECTS));
        Municipality city = (Municipality) result.document().actors().get(0);
        assertThat(city.identifiers()).containsExactly(Identifier.parse("locode:SE BOS"));
        List<InventoryEntry> entries = result.document().inventories().get(0).entries();
        assertThat(entries).extracting(entry -> entry.sector().id()).containsExactly("gpc:I.1.1", "gpc:I.1.2",
                "gpc:I.2.1", "gpc:II.1.1", "gpc:II.1.2", "gpc:II.2.1");
        assertThat(entries.get(2).notationKey()).isEqualTo(NotationKey.parse("NA"));
        assertThat(entries.get(3).activity()).isNull();
        assertThat(entries.get(4).tonnesCo2e()).isEqualTo(1500.0);
        assertThat(entries.get(5).gases()).isEmpty();
        assertThat(entries.get(0).emissionFactors()).containsExactly(new EmissionFactor(Gas.CO2, 55.9, "kg/GJ"));
        assertValid(result.document());
    }

    @Test
    void readsAFileOfAnyNameWithCityAndYearGiven() throws IOException {
        Path file = dir.resolve("export.csv");
        Files.copy(DEFECTS, file);
        ImportResult result = CityCatalystImporter.read(file, "SE GOT", 2021);
        assertThat(result.document().inventories().get(0).owner()).isEqualTo(ActorId.of("se-got"));
        assertThat(result.document().inventories().get(0).year()).isEqualTo(2021);
    }

    @Test
    void rejectsAFileNamedOtherwise() throws IOException {
        Path file = dir.resolve("export.csv");
        Files.copy(DEFECTS, file);
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file))).isInstanceOf(ImportException.class)
                .hasMessage("cannot import " + file + ": a CityCatalyst export must be named"
                        + " inventory-<LOCODE>-<year>.csv such as 'inventory-BR RIO-2022.csv'; give the city and year"
                        + " for a file named otherwise");
    }

    @Test
    void rejectsAMissingFile() {
        Path file = dir.resolve("inventory-SE BOS-2020.csv");
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2020.csv: it does not exist");
    }

    @Test
    void rejectsAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("inventory-SE BOS-2020.csv"));
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(folder))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2020.csv: it is a folder, not a file");
    }

    @Test
    void rejectsBytesThatAreNotUtf8() throws IOException {
        Path file = dir.resolve("inventory-SE BOS-2020.csv");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff});
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2020.csv: it is not UTF-8 text");
    }

    @Test
    void rejectsTextThatIsNotCsv() throws IOException {
        Path file = dir.resolve("inventory-SE BOS-2020.csv");
        Files.writeString(file, "\"unterminated,quote\nmore", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cannot read inventory-SE BOS-2020.csv: it is not valid CSV: ");
    }

    @Test
    void rejectsAWrongHeader() throws IOException {
        Path file = dir.resolve("inventory-SE BOS-2020.csv");
        Files.writeString(file, "municipality_code,year,sector,tonnes_co2e\n2081,2024,Transporter,1\n");
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2020.csv: header lacks columns 'GPC Reference Number',"
                        + " 'Notation Key', 'Total Emissions' of a CityCatalyst inventory export; the header was"
                        + " 'municipality_code', 'year', 'sector', 'tonnes_co2e'");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = dir.resolve("inventory-SE BOS-2020.csv");
        Files.writeString(file, "\n\n");
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(file))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2020.csv: it is empty, a CSV file with a header was"
                        + " expected");
    }

    @Test
    void mergesTwoCitiesIntoOneDocument() {
        ImportResult result = CityCatalystImporter.read(List.of(SAMPLE, DEFECTS));
        assertThat(result.document().actors()).extracting(actor -> actor.id().value()).containsExactly("xx-smp",
                "se-bos");
        assertThat(result.document().inventories()).hasSize(2);
        assertValid(result.document());
    }

    @Test
    void keepsEveryRowOfTheRealExportsStructuresWithItsInventoryReference() throws IOException {
        ImportResult result = CityCatalystImporter.read(List.of(STRUCTURES));
        List<InventoryEntry> entries = result.document().inventories().get(0).entries();

        assertThat(entries).extracting(InventoryEntry::publisherId).containsExactly("ref-a", "ref-b", "ref-b",
                "ref-b", "ref-c", "ref-d", "N/A", "N/A");
        assertThat(entries.get(6)).isEqualTo(entries.get(7));
        assertThat(entries.get(5).notationKey()).isEqualTo(NotationKey.parse("RN"));
        assertThat(result.document().inventories().get(0).sector(org.climatecity.core.emissions.GpcSector
                .TRANSPORTATION).tonnesCo2e()).isEqualTo(800.25 + 310 - 4.5);
        assertThat(result.balances()).singleElement().satisfies(balance -> {
            assertThat(balance.read()).isEqualByComparingTo("2485.375");
            assertThat(balance.isConserved()).isTrue();
        });
        assertThat(result.report().entries().stream().filter(entry -> entry.line() != null))
                .extracting(ReportEntry::line, ReportEntry::code)
                .containsExactly(
                        tuple(2, "incomplete-activity"),
                        tuple(2, "factor-unit-without-factor"),
                        tuple(3, "renamed-subsector"),
                        tuple(3, "factor-unit-without-factor"),
                        tuple(4, "renamed-subsector"),
                        tuple(4, "factor-unit-without-factor"),
                        tuple(5, "renamed-subsector"),
                        tuple(6, "gases-do-not-sum"),
                        tuple(7, "non-gpc-notation-key"));
        assertThat(result.report().withCode("factor-unit-without-factor").get(0).message()).isEqualTo(
                "Emission Factor - Unit of GPC I.1.1 is 'kg/m3' without a factor; it is not kept");
        assertValid(result.document());

        CityCatalystExporter.write(result.document(), dir);
        assertThat(CityCatalystRealExportsTest.compareRowForRow(STRUCTURES, dir.resolve("inventory-XX RWS-2022.csv"),
                result.report().entries())).isEqualTo(8);
    }

    @Test
    void stopsReadingAtTheLimitsWithAClearError() throws IOException {
        Path many = dir.resolve("inventory-SE BOS-2021.csv");
        try (java.io.Writer out = Files.newBufferedWriter(many)) {
            out.write("GPC Reference Number,Notation Key,Total Emissions\n");
            for (int row = 0; row < 300_000; row++) {
                out.write("I.1.1,,1\n");
            }
        }
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(many))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2021.csv: it has more than 100,000 rows, the limit (line"
                        + " 100002)");
        // blank lines are skipped, so only the byte limit ends this file, while it is read
        Path blank = dir.resolve("inventory-SE BOS-2022.csv");
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(blank))) {
            out.write("GPC Reference Number,Notation Key,Total Emissions\n".getBytes(StandardCharsets.UTF_8));
            byte[] lines = (" ".repeat(1023) + "\n").repeat(64).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i <= 64 * 16; i++) {
                out.write(lines);
            }
        }
        assertThatThrownBy(() -> CityCatalystImporter.read(List.of(blank))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read inventory-SE BOS-2022.csv: it is longer than 67,108,864 bytes, the limit");
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
        assertThatThrownBy(() -> CityCatalystImporter.read(zero, "SE BOS", 2021)).isInstanceOf(ImportException.class)
                .hasMessage("cannot read zero: line 1: a field is longer than 1,000,000 characters, the limit");
    }
}
