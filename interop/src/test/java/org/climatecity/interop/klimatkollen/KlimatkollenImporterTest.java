package org.climatecity.interop.klimatkollen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.climatecity.interop.Documents.assertConserved;
import static org.climatecity.interop.Documents.assertValid;
import static org.climatecity.interop.Documents.resource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.indicators.ObservationStatus;
import org.climatecity.core.programme.Initiative;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KlimatkollenImporterTest {

    static final Path OLDER = resource("org/climatecity/interop/klimatkollen/climate-data.json");
    static final Path NEWER = resource("org/climatecity/interop/klimatkollen/newer-shape-defects.json");

    @TempDir
    Path dir;

    @Test
    void readsAll290MunicipalitiesOfTheOlderShape() {
        ImportResult result = KlimatkollenImporter.read(OLDER);
        assertThat(result.document().actorsOfKind(Municipality.class)).hasSize(290);
        assertThat(result.document().initiatives()).hasSize(290);
        assertThat(result.report().codes()).containsExactly("assumed-initiative", "assumed-unit", "no-date");
        assertThat(result.report().withCode("no-date")).extracting(ReportEntry::message)
                .filteredOn(m -> m.startsWith("hitNetZero is 'Aldrig', not a date (never)")).hasSize(15);
        assertThat(result.report().withCode("no-date")).hasSize(15 + 9);
        assertThat(result.document().actor(ActorId.of("habo-0643"))).hasValueSatisfying(
                habo -> assertThat(habo.name()).isEqualTo("Habo"));
        assertThat(result.document().actor(ActorId.of("habo-0305"))).hasValueSatisfying(
                habo -> assertThat(habo.name()).isEqualTo("Håbo"));
        assertValid(result.document());
    }

    @Test
    void keepsTheFirstOfAMunicipalityGivenAgainAndReportsEachRepeatOnce() throws IOException {
        // the sample's array three times over, in a file of the sample's name (the name is in the data sources)
        String text = Files.readString(OLDER, StandardCharsets.UTF_8).strip();
        String elements = text.substring(1, text.length() - 1).strip();
        Path thrice = Files.writeString(Files.createDirectory(dir.resolve("thrice")).resolve(OLDER.getFileName()),
                "[" + elements + ",\n" + elements + ",\n" + elements + "]", StandardCharsets.UTF_8);

        ImportResult once = KlimatkollenImporter.read(OLDER);
        ImportResult result = KlimatkollenImporter.read(thrice);

        assertThat(result.document()).isEqualTo(once.document());
        List<ReportEntry> repeats = result.report().withCode("repeated-municipality");
        assertThat(repeats).hasSize(2 * 290);
        BigDecimal ale = once.document().inventories().stream().filter(i -> i.owner().value().equals("ale"))
                .map(i -> BigDecimal.valueOf(i.reportedTotal())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(repeats.get(0).toString()).isEqualTo("climate-data.json:/290/kommun: repeated-municipality:"
                + " municipality 'Ale' is Ale again, given first at /0; the first is kept, this one is not (it held "
                + ale.stripTrailingZeros().toPlainString() + " t CO2e)");
        assertThat(repeats.get(2 * 290 - 1).pointer()).isEqualTo("/" + (3 * 290 - 1) + "/kommun");
        // every repeat names its tonnes: twice what one copy of the file holds
        assertThat(repeats.stream().map(ReportEntry::tonnesLeftOut).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(once.balances().get(0).read().multiply(BigDecimal.valueOf(2)));
        assertConserved(result);
    }

    @Test
    void namesTheTonnesOfAValueWhoseKeyIsNoYearAtItsEscapedPointer() throws IOException {
        // found by fuzzing: the value was counted as read but reported without its tonnes
        Path file = Files.writeString(dir.resolve("no-year.json"), "[{\"kommun\": \"Ale\", \"emissions\":"
                + " {\"2021\": 5, \"20/21\": 7, \"8417\": 11}}]", StandardCharsets.UTF_8);

        ImportResult result = KlimatkollenImporter.read(file);

        assertThat(result.report().withCode("bad-number")).extracting(ReportEntry::toString).containsExactly(
                "no-year.json:/0/emissions/20~121: bad-number: year must be a whole number from 1900 to 2200, was"
                        + " '20/21'; the value is not kept (it held 7 t CO2e)",
                "no-year.json:/0/emissions/8417: bad-number: year must be a whole number from 1900 to 2200, was"
                        + " '8417'; the value is not kept (it held 11 t CO2e)");
        assertConserved(result);
    }

    @Test
    void keepsTheFirstValueOfAYearThatASeriesNamesTwice() throws IOException {
        // found by fuzzing: "02021" is 2021 again, and an indicator has one observation per year
        Path file = Files.writeString(dir.resolve("twice-a-year.json"), "[{\"kommun\": \"Ale\", \"emissions\":"
                + " {\"2021\": 5}, \"emissionBudget\": {\"2021\": 100, \"02021\": 90}}]", StandardCharsets.UTF_8);

        ImportResult result = KlimatkollenImporter.read(file);

        assertThat(result.report().withCode("duplicate-key")).extracting(ReportEntry::toString).containsExactly(
                "twice-a-year.json:/0/emissionBudget/02021: duplicate-key: key '02021' names year 2021 again; the"
                        + " first value is kept, this one is not");
        Indicator path = result.document().initiatives().get(0).indicators().stream()
                .filter(i -> i.id().value().startsWith("ale-carbon-law-path")).findFirst().orElseThrow();
        assertThat(path.observations()).extracting(Observation::value).containsExactly(100.0);
    }

    @Test
    void takesTheVintageFromTheLastYearOfAnyElementsKeptSeries() throws IOException {
        // the last year is in the last element; a repeated 'emissions', a series nested in an array and a key that is
        // no year do not count
        Path file = Files.writeString(dir.resolve("vintage.json"), "[{\"kommun\": \"Ale\", \"emissions\":"
                + " {\"2019\": 1, \"total\": 2}, \"emissions\": {\"2030\": 3}},\n"
                + " {\"kommun\": \"Alvesta\", \"emissions\": {\"2020\": 4}, \"other\": [{\"emissions\":"
                + " {\"2040\": 5}}]},\n"
                + " [{\"emissions\": {\"2050\": 6}}],\n"
                + " {\"kommun\": \"Avesta\", \"emissions\": [{\"2045\": 9}]},\n"
                + " {\"kommun\": \"Borlänge\", \"emissions\": {\"2021\": 7, \"+2023\": 8}}]",
                StandardCharsets.UTF_8);

        ImportResult result = KlimatkollenImporter.read(file);

        assertThat(result.document().inventories()).extracting(i -> i.provenance().source().vintage())
                .containsOnly("series to 2023");
        assertThat(result.document().initiatives()).extracting(i -> i.id().value())
                .containsExactly("klimatkollen-2023-ale", "klimatkollen-2023-alvesta", "klimatkollen-2023-avesta",
                        "klimatkollen-2023-borlange");
    }

    @Test
    void keepsEachYearOfTheSeriesAsATerritorialInventoryFromSmhiWithTheFilesVintage() {
        ImportResult result = KlimatkollenImporter.read(OLDER);
        Municipality borlange = (Municipality) result.document().place(Identifier.parse("se-kommun:2081"))
                .orElseThrow();
        assertThat(borlange.id()).isEqualTo(ActorId.of("borlange"));
        List<EmissionsInventory> inventories = result.document().inventoriesOf(borlange.id(), Boundary.TERRITORIAL);
        assertThat(inventories).extracting(EmissionsInventory::year).containsExactly(1990, 2000, 2005, 2010, 2015,
                2016, 2017, 2018, 2019, 2020, 2021, 2022);
        EmissionsInventory first = inventories.get(0);
        assertThat(first.total().tonnesCo2e()).isCloseTo(499_382, org.assertj.core.api.Assertions.within(0.5));
        assertThat(first.provenance().kind()).isEqualTo(Provenance.Kind.OFFICIAL_STATISTICS);
        assertThat(first.provenance().source().publisher()).isEqualTo("SMHI");
        assertThat(first.provenance().source().vintage()).isEqualTo("series to 2022");
    }

    @Test
    void keepsKeyFiguresAsObservationsAndDerivedFiguresAsKlimatkollensEstimates() {
        ImportResult result = KlimatkollenImporter.read(OLDER);
        Initiative ale = result.document().initiative(LocalId.of("klimatkollen-2022-ale")).orElseThrow();
        Indicator cars = ale.indicator(LocalId.of("ale-electric-car-share-2022")).orElseThrow();
        assertThat(cars.observationIn(2022).orElseThrow().value()).isEqualTo(55.617);
        assertThat(cars.observations()).allMatch(o -> o.status() == ObservationStatus.FINAL);
        assertThat(cars.owner()).isEqualTo(ActorId.of("ale"));
        Indicator trend = ale.indicator(LocalId.of("ale-emissions-trend-2022")).orElseThrow();
        assertThat(trend.observationIn(2024).orElseThrow().value()).isEqualTo(135_815.606);
        Indicator zero = ale.indicator(LocalId.of("ale-net-zero-date-2022")).orElseThrow();
        assertThat(zero.observations().get(0).note()).isEqualTo("2235-12-25");
        for (String estimate : List.of("emissions-trend", "approximated-emissions", "carbon-law-path",
                "carbon-budget", "net-zero-date", "budget-runs-out", "needed-emission-change")) {
            Indicator indicator = ale.indicator(LocalId.of("ale-" + estimate + "-2022")).orElseThrow();
            // the observations are sourced as their indicator is: they state no provenance of their own
            assertThat(indicator.observations()).as(estimate).isNotEmpty()
                    .allMatch(o -> o.status() == ObservationStatus.ESTIMATE && o.provenance() == null);
            assertThat(indicator.provenance().kind()).as(estimate).isEqualTo(Provenance.Kind.ESTIMATE);
            assertThat(indicator.provenance().source().publisher()).as(estimate).startsWith("Klimatkollen");
        }
        assertThat(cars.observations()).allMatch(o -> o.provenance() == null);
        assertThat(cars.provenance()).isEqualTo(Provenance.reported(cars.provenance().source()));
        Indicator plan = ale.indicator(LocalId.of("ale-climate-plan-2022")).orElseThrow();
        Observation adopted = plan.observations().get(0);
        assertThat(adopted.value()).isEqualTo(1);
        assertThat(adopted.period().first()).isEqualTo(2021);
        assertThat(adopted.note()).endsWith("; Klimatstrategi 2030");
        assertThat(ale.indicator(LocalId.of("ale-procurement-score-2022")).orElseThrow().observations().get(0).value())
                .isEqualTo(2);
    }

    @Test
    void readsTheNewerShapeAndReportsEveryPlantedDefect() {
        ImportResult result = KlimatkollenImporter.read(NEWER);
        assertThat(result.report().entries().stream().filter(e -> e.pointer() != null))
                .extracting(ReportEntry::pointer, ReportEntry::code)
                .containsExactly(
                        tuple("/0/emissions/2024", "bad-number"),
                        tuple("/1/region", "county-differs"),
                        tuple("/1/hitNetZero", "no-date"),
                        tuple("/2/name", "unknown-municipality"),
                        tuple("/3", "unknown-shape"),
                        tuple("/0/logoUrl", "dropped-value"),
                        tuple("/0/politicalRule", "dropped-value"),
                        tuple("/0/politicalKSO", "dropped-value"));
        assertThat(result.report().withCode("dropped-value").get(1).message())
                .isEqualTo("key 'politicalRule' of 2 municipalities has no place in the model; it is not kept");
        assertThat(result.report().withCode("county-differs").get(0).message()).isEqualTo("municipality 'Avesta'"
                + " lies in Dalarnas län, not 'Västmanlands län'; the registry's county is kept");
        assertThat(result.document().inventoriesOf(ActorId.of("borlange"))).extracting(EmissionsInventory::year)
                .containsExactly(1990, 2015);
        assertThat(result.document().inventoriesOf(ActorId.of("borlange")).get(0).reportedTotal())
                .isEqualTo(539_459.0);
        Initiative borlange = result.document().initiative(LocalId.of("klimatkollen-2024-borlange")).orElseThrow();
        assertThat(borlange.indicator(LocalId.of("borlange-emissions-slope-2024")).orElseThrow().observations().get(0)
                .value())
                .isEqualTo(-9829.2);
        assertThat(borlange.indicator(LocalId.of("borlange-carbon-law-total-2024")).orElseThrow().observations().get(0)
                .status())
                .isEqualTo(ObservationStatus.ESTIMATE);
        assertValid(result.document());
    }

    @Test
    void keepsTwoVintagesOfOneYearAsTwoInventories() {
        ImportResult result = KlimatkollenImporter.read(List.of(OLDER, NEWER));
        assertThat(result.document().inventoriesOf(ActorId.of("borlange"), Boundary.TERRITORIAL).stream()
                .filter(i -> i.year() == 1990)).extracting(i -> i.total().tonnesCo2e(), i -> i.provenance().source()
                        .vintage())
                .containsExactlyInAnyOrder(tuple(499_382.354, "series to 2022"), tuple(539_459.0, "series to 2024"));
        assertThat(result.document().initiatives()).hasSize(290 + 2);
        assertThat(result.report().codes()).doesNotContain("duplicate-initiative", "merge-conflict");
        assertValid(result.document());
    }

    @Test
    void rejectsInputThatIsNotAnArrayOfMunicipalities() throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.json"), "kommun,län\n");
        assertThatThrownBy(() -> KlimatkollenImporter.read(notJson)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cannot read a.json: it is not valid JSON at line 1, column 1: ");
        Path object = Files.writeString(dir.resolve("b.json"), "{\"kommun\": \"Ale\"}");
        assertThatThrownBy(() -> KlimatkollenImporter.read(object)).isInstanceOf(ImportException.class)
                .hasMessage("cannot read b.json: Klimatkollen's data is a JSON array of municipalities, was object");
        Path other = Files.writeString(dir.resolve("c.json"), "[{\"id\": 1}]");
        assertThatThrownBy(() -> KlimatkollenImporter.read(other)).isInstanceOf(ImportException.class)
                .hasMessage("cannot read c.json: none of its 1 elements is a municipality of Klimatkollen's data"
                        + " (with 'kommun' or 'name')");
        assertThatThrownBy(() -> KlimatkollenImporter.read(dir)).isInstanceOf(ImportException.class)
                .hasMessageEndingWith(": it is a folder, not a file");
    }

    @Test
    void echoesAValueInAReportEntryCutBetweenCharactersNotInsideASurrogatePair() throws IOException {
        // a 39-character county and an emoji: the entry's message cuts the county at 40 characters
        String county = "D".repeat(39) + "\ud83c\udf32" + " län";
        Path file = Files.writeString(dir.resolve("county.json"), "[{\"kommun\": \"Ale\", \"län\": \"" + county
                + "\"}]");
        ImportResult result = KlimatkollenImporter.read(file);
        assertThat(result.report().withCode("county-differs")).singleElement().satisfies(entry -> {
            assertThat(entry.message()).contains("not '" + "D".repeat(39) + "…'");
            assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(entry.message())).as(entry.message()).isTrue();
        });
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(result.report().toJson())).isTrue();
    }

    @Test
    void reportsARepeatedKeyOnceAndGoesOnWithTheOtherMunicipalities() throws IOException {
        Path file = Files.writeString(dir.resolve("twice.json"), "[{\"kommun\": \"Ale\",\n \"kommun\": \"Alingsås\","
                + " \"emissions\": {\"2020\": 5}},\n {\"kommun\": \"Alvesta\", \"emissions\": {\"2020\": 7},"
                + " \"emissions\": {\"2020\": 8}}]");
        ImportResult result = KlimatkollenImporter.read(file);

        assertThat(result.report().withCode("duplicate-key")).extracting(ReportEntry::toString).containsExactly(
                "twice.json:/0/kommun: duplicate-key: key 'kommun' is given again in one object (line 2, column 2),"
                        + " as 'Ale' and as 'Alingsås': its figures belong to neither for certain; the municipality is"
                        + " not kept (it held 5 t CO2e)",
                "twice.json:/1/emissions: duplicate-key: key 'emissions' is given again in one object (line 3,"
                        + " column 50); the first value is kept, the repeat {\"2020\":8} is not (it held 8 t CO2e)");
        // neither Ale nor Alingsås gets the figures; Alvesta keeps its first series
        assertThat(result.document().actors()).extracting(a -> a.id().value()).containsExactly("alvesta");
        assertThat(result.document().inventories()).singleElement().extracting(EmissionsInventory::reportedTotal)
                .isEqualTo(7.0);
        assertThat(result.balances()).singleElement().satisfies(balance -> {
            assertThat(balance.read()).isEqualByComparingTo("20");
            assertThat(balance.inDocument()).isEqualByComparingTo("7");
        });
        assertConserved(result);
    }

    @Test
    void reportsAClimatePlanYearThatIsNoYearAndGoesOnWithTheOtherMunicipalities() throws IOException {
        Path file = Files.writeString(dir.resolve("plans.json"), "[{\"kommun\": \"Ale\", \"climatePlanYear\": 2020.5},"
                + " {\"kommun\": \"Alingsås\", \"climatePlanYear\": 99999}, {\"kommun\": \"Alvesta\","
                + " \"climatePlanYear\": 2019, \"emissions\": {\"2020\": 1e-999, \"2021\": 7}}]");
        ImportResult result = KlimatkollenImporter.read(file);

        assertThat(result.document().actors()).hasSize(3);
        assertThat(result.report().withCode("bad-number")).extracting(ReportEntry::toString).containsExactly(
                "plans.json:/0/climatePlanYear: bad-number: climatePlanYear must be a whole year from 1900 to 2200,"
                        + " was 2020.5; the plan is kept without its year",
                "plans.json:/1/climatePlanYear: bad-number: climatePlanYear must be a whole year from 1900 to 2200,"
                        + " was 99999; the plan is kept without its year",
                "plans.json:/2/emissions/2020: bad-number: value 1E-999 is too small to be told from 0; it is not"
                        + " kept");
        assertThat(result.balances()).singleElement().satisfies(balance -> assertThat(balance.isConserved()).isTrue());
    }
}
