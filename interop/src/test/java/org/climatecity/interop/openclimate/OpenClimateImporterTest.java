package org.climatecity.interop.openclimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.climatecity.interop.Documents.assertConserved;
import static org.climatecity.interop.Documents.assertValid;
import static org.climatecity.interop.Documents.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.actor.Location;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.common.Share;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportResult;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.interop.ReportEntry;
import org.climatecity.interop.citycatalyst.CityCatalystImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenClimateImporterTest {

    static final Path MAYORS = resource("org/climatecity/interop/openclimate/climate_mayors");
    static final Path CDP = resource("org/climatecity/interop/openclimate/CDP_citywide_emissions");
    static final Path DEFECTS = resource("org/climatecity/interop/openclimate/defects");
    static final Path MERGE = resource("org/climatecity/interop/openclimate/merge");

    @TempDir
    Path dir;

    @Test
    void readsCdpEmissionsAsOneInventoryPerRowKeepingBothSourcesOfAYear() {
        ImportResult result = OpenClimateImporter.read(CDP);
        List<EmissionsInventory> inventories = result.document().inventories();
        assertThat(inventories).hasSize(335);
        EmissionsInventory first = inventories.get(0);
        assertThat(first.owner()).isEqualTo(ActorId.of("ar-bue"));
        assertThat(first.year()).isEqualTo(2014);
        assertThat(first.reportedTotal()).isEqualTo(19_667_128.0);
        assertThat(first.provenance().source().publisher()).isEqualTo("Carbon Disclosure Project");
        assertThat(first.provenance().source().name()).isEqualTo("2016 - Citywide GHG Emissions");
        assertThat(first.provenance().note()).isEqualTo("openclimate: emissions_id=CDP_citywide_emissions:AR BUE:2014;"
                + " datasource_id=CDP_citywide_ghg_emissions:2016; publisher_id=CDP;"
                + " publisher_url=https://www.cdp.net/en");
        assertThat(result.document().actors()).allMatch(actor -> actor instanceof Municipality);
        assertThat(result.report().codes()).containsExactly("assumed-inventory-basis", "inferred-actor");
        assertValid(result.document());
    }

    @Test
    void readsClimateMayorsTargetsIntoAnInitiativeOfTheDataSet() {
        ImportResult result = OpenClimateImporter.read(MAYORS);
        assertThat(result.document().initiatives()).hasSize(1);
        List<ClimateTarget> targets = result.document().initiatives().get(0).targets();
        // the sample repeats 4 of its target ids for targets with other values: both are kept
        assertThat(targets).hasSize(46);
        assertThat(result.report().withCode("repeated-target-id")).extracting(ReportEntry::line)
                .containsExactly(14, 16, 19, 37);
        assertThat(targets.get(12).id().value()).isEqualTo("us-climate-mayors-us-cle-2020-0-2");
        ClimateTarget first = targets.get(0);
        assertThat(first.owners()).containsExactly(ActorId.of("us-aev"));
        assertThat(first.kind()).isEqualTo(new TargetKind.RelativeReduction(Share.ofPercent(80)));
        assertThat(first.baseline().year()).isEqualTo(2002);
        assertThat(first.targetYear()).isEqualTo(2050);
        assertThat(first.provenance().note()).startsWith("openclimate: target_id=US_climate_mayors:US AEV:2050.0;");
        assertThat(result.report().withCode("assumed-initiative")).hasSize(1);
        assertValid(result.document());
    }

    @Test
    void reportsEveryPlantedDefect() {
        ImportResult result = OpenClimateImporter.read(DEFECTS);
        assertThat(result.report().entries().stream().filter(entry -> entry.line() != null))
                .extracting(e -> e.file().substring(e.file().indexOf('/') + 1), ReportEntry::line, ReportEntry::code)
                .containsExactlyInAnyOrder(
                        tuple("DataSource.csv", 3, "bad-date"),
                        tuple("DataSource.csv", 4, "duplicate-id"),
                        tuple("Actor.csv", 5, "duplicate-id"),
                        tuple("ActorIdentifier.csv", 4, "renamed-namespace"),
                        tuple("EmissionsAgg.csv", 4, "bad-number"),
                        tuple("EmissionsAgg.csv", 5, "duplicate-id"),
                        tuple("EmissionsAgg.csv", 8, "unknown-actor"),
                        tuple("EmissionsAgg.csv", 9, "duplicate-row"),
                        tuple("Target.csv", 4, "unsupported-target"),
                        tuple("Target.csv", 5, "dropped-value"),
                        tuple("Actor.csv", 6, "unsupported-actor"),
                        tuple("Actor.csv", 7, "unsupported-actor"),
                        tuple("Actor.csv", 2, "unknown-parent"),
                        tuple("DataSource.csv", 5, "unused-row"),
                        tuple("Publisher.csv", 3, "unused-row"));
        assertThat(result.report().withCode("duplicate-row").get(0).message()).isEqualTo("emissions of 'SE BOS' in"
                + " 2021 from 'smhi:2023' repeat line 2 with another id and the same total; the row is not kept (it"
                + " held 250000 t CO2e)");
        // line 6 gives another total under an id of its own: both are kept, each with its id
        assertThat(result.document().inventories()).filteredOn(i -> i.year() == 2021 && i.owner().value()
                .equals("se-bos") && !i.entries().isEmpty()).singleElement().satisfies(inventory -> assertThat(
                        inventory.entries()).extracting(InventoryEntry::publisherId, InventoryEntry::tonnesCo2e)
                        .containsExactly(tuple("smhi:SE BOS:2021", 250000.0), tuple("smhi:SE BOS:2021b", 250001.0)));
        assertThat(result.report().withCode("bad-number").get(0).message()).isEqualTo("total emissions must be a"
                + " number, was '24O000'; the row is not kept");
        assertThat(result.report().entries().stream().filter(e -> e.line() == null).map(ReportEntry::code))
                .contains("dropped-column", "assumed-date", "assumed-inventory-basis", "assumed-initiative");
        assertValid(result.document());
    }

    @Test
    void keepsWhatTheDefectiveDataSetAllows() {
        ImportResult result = OpenClimateImporter.read(DEFECTS);
        Municipality boras = (Municipality) result.document().actor(ActorId.of("se-bos")).orElseThrow();
        assertThat(boras.name()).isEqualTo("Borås");
        assertThat(boras.identifiers()).containsExactly(Identifier.parse("locode:SE BOS"),
                Identifier.parse("wikidata:Q213"), Identifier.of("kommunkod-scb", "1490"));
        assertThat(boras.partOf()).isEqualTo(ActorId.of("se-o"));
        assertThat(boras.population()).singleElement().satisfies(p -> {
            assertThat(p.residents()).isEqualTo(113_952);
            assertThat(p.asOf()).isEqualTo("2022-12-31");
        });
        assertThat(boras.location()).isEqualTo(new Location(57.721, 12.94));
        assertThat(boras.areaKm2()).isEqualTo(917.0);
        // 2021 from smhi:2023 is given twice under two ids with two totals (lines 2 and 6): one inventory of both
        assertThat(result.document().inventoriesOf(boras.id())).extracting(EmissionsInventory::reportedTotal,
                inventory -> inventory.entries().size()).containsExactly(tuple(null, 2), tuple(262_000.0, 0));
        assertConserved(result);
        Territory sweden = (Territory) result.document().actor(ActorId.of("se")).orElseThrow();
        assertThat(sweden.partOf()).isNull();
        assertThat(result.document().initiatives().get(0).targets()).extracting(ClimateTarget::kind)
                .containsExactly(new TargetKind.RelativeReduction(Share.ofPercent(80)),
                        new TargetKind.NetZero(Share.ZERO), new TargetKind.RelativeReduction(Share.ofPercent(90)));
    }

    @Test
    void mergesTheSameCityFromTwoSourcesIntoOneActorWithBothIdentifiers() {
        ImportResult cityCatalyst = CityCatalystImporter.read(List.of(
                resource("org/climatecity/interop/citycatalyst/inventory-SE BOS-2023.csv")));
        ImportResult openClimate = OpenClimateImporter.read(List.of(MERGE, DEFECTS));
        ImportResult merged = ImportResult.merge(List.of(cityCatalyst, openClimate));
        List<Municipality> cities = merged.document().actorsOfKind(Municipality.class);
        assertThat(cities).singleElement().satisfies(city -> assertThat(city.identifiers()).containsExactly(
                Identifier.parse("locode:SE BOS"), Identifier.parse("wikidata:Q213"),
                Identifier.of("kommunkod-scb", "1490")));
        assertThat(merged.document().inventoriesOf(ActorId.of("se-bos"))).extracting(EmissionsInventory::year)
                .containsExactlyInAnyOrder(2023, 2021, 2021);
        assertThat(merged.report().withCode("merge-conflict")).extracting(ReportEntry::message).containsExactly(
                "actor 'se-bos' is named 'SE BOS' (SE) and 'Borås' (SE); the first is kept");
        assertValid(merged.document());
    }

    @Test
    void mergesBothSamplesIntoOneDocument() {
        ImportResult merged = OpenClimateImporter.read(List.of(MAYORS, CDP));
        assertThat(merged.document().inventories()).hasSize(335);
        assertThat(merged.document().initiatives().get(0).targets()).hasSize(46);
        long cities = merged.document().actors().size();
        long separately = OpenClimateImporter.read(MAYORS).document().actors().size()
                + OpenClimateImporter.read(CDP).document().actors().size();
        assertThat(cities).isLessThan(separately);
        assertValid(merged.document());
    }

    @Test
    void rejectsAMissingFolderAFileAndAFolderWithoutTables() throws IOException {
        assertThatThrownBy(() -> OpenClimateImporter.read(dir.resolve("none"))).isInstanceOf(ImportException.class)
                .hasMessage("cannot read " + dir.resolve("none") + ": it does not exist");
        Path file = Files.writeString(dir.resolve("EmissionsAgg.csv"), "a,b\n");
        assertThatThrownBy(() -> OpenClimateImporter.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("cannot read " + file + ": it is a file; an OpenClimate data set is a folder of CSV tables"
                        + " such as EmissionsAgg.csv");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> OpenClimateImporter.read(empty)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cannot read " + empty + ": it holds none of OpenClimate's tables");
    }

    @Test
    void rejectsATableWithAWrongHeader() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("wrong"));
        Files.writeString(folder.resolve("EmissionsAgg.csv"), "id,actor,year,value\n1,SE BOS,2020,5\n");
        assertThatThrownBy(() -> OpenClimateImporter.read(folder)).isInstanceOf(ImportException.class)
                .hasMessage("cannot read wrong/EmissionsAgg.csv: header lacks columns 'emissions_id', 'actor_id',"
                        + " 'total_emissions', 'datasource_id' of OpenClimate's EmissionsAgg table; the header was"
                        + " 'id', 'actor', 'year', 'value'");
    }
}
