package org.climatecity.examples.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Organisation;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.calc.MatchedEmissions;
import org.climatecity.core.calc.TargetEmissions;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.fixture.GoldenFiles;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.programme.MemberLevel;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.serialization.ClimateCityDocuments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the second embedded example, two EU Mission cities of two countries: the committed file is what
 * {@link EuropeanMissionCities} generates, it is valid for the library and the JSON Schema, its places and targets
 * answer as a user expects ({@code EuropeanExampleCommandsTest} runs the CLI on it).
 */
class EuropeanMissionCitiesTest {

    private static final ClimateCityDocuments DOCUMENTS = ClimateCityDocuments.defaults();

    @Test
    @Tag(GoldenFiles.TAG)
    void committedResourceIsWhatTheGeneratorWrites() throws IOException {
        GoldenFiles.check(EuropeanMissionCities.RESOURCE, DOCUMENTS.writeToString(EuropeanMissionCities.document()));
    }

    @Test
    void isValidForTheLibraryAndTheSchemaAndReadsBackEqual() throws IOException {
        String committed = Files.readString(EuropeanMissionCities.RESOURCE, StandardCharsets.UTF_8);
        ProgrammeDocument read = DOCUMENTS.readDocument(committed);
        assertThat(read).isEqualTo(EuropeanMissionCities.document());
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(read)).isEmpty();
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ClimateCityDocuments.jsonSchema());
        assertThat(schema.validate(JsonMapper.builder().build().readTree(committed))).isEmpty();
    }

    @Test
    void placesAreFoundByAnyIdentifierAndNestInTheirCountriesAndTheEu() {
        ProgrammeDocument document = EuropeanMissionCities.document();
        Place munich = document.place(Identifier.parse("locode:DE MUC")).orElseThrow();
        assertThat(document.place(Identifier.parse("lau:DE:09162000"))).contains(munich);
        assertThat(document.enclosingPlaces(munich)).extracting(Actor::id).containsExactly(
                EuropeanMissionCities.BAVARIA, EuropeanMissionCities.GERMANY, EuropeanMissionCities.EU_27);
        Place helsinki = document.place(Identifier.parse("nuts:FI1B1")).orElseThrow();
        assertThat(helsinki.names()).extracting(n -> n.name() + "@" + n.language())
                .containsExactly("Helsinki@fi", "Helsingfors@sv");
        assertThat(document.firstProgramme().membersOn(EuropeanMissionCities.SELECTED))
                .containsExactly(EuropeanMissionCities.HELSINKI, EuropeanMissionCities.MUNICH);
    }

    @Test
    void hasPartnersOfBothCountriesAndARegionLeadingAnInitiativeOfARegionalProgramme() {
        ProgrammeDocument document = EuropeanMissionCities.document();
        Map<String, String> countries = new TreeMap<>();
        for (ActorId partner : List.of(EuropeanMissionCities.UPPER_BAVARIA_GOVERNMENT,
                EuropeanMissionCities.MUNICH_UTILITY, EuropeanMissionCities.MUNICH_UNIVERSITY,
                EuropeanMissionCities.HELSINKI_UTILITY, EuropeanMissionCities.UUSIMAA_COUNCIL)) {
            Organisation organisation = (Organisation) document.requireActor(partner);
            countries.put(partner.value(), organisation.country().value());
        }
        assertThat(countries).containsEntry("regierung-von-oberbayern", "DE").containsEntry("stadtwerke-munchen", "DE")
                .containsEntry("tu-munchen", "DE").containsEntry("helen", "FI")
                .containsEntry("uudenmaan-liitto", "FI");
        assertThat(((CountyAdministrativeBoard) document.requireActor(EuropeanMissionCities.UPPER_BAVARIA_GOVERNMENT))
                .area()).isEqualTo(Identifier.parse("nuts:DE21"));
        assertThat(document.programmes().get(1).admittedLevel()).isEqualTo(MemberLevel.REGIONAL);
        assertThat(document.initiatives().get(1).leadCity()).isEqualTo(EuropeanMissionCities.UUSIMAA_COUNCIL);
        assertThat(document.requireActor(EuropeanMissionCities.UUSIMAA_COUNCIL)).isInstanceOf(RegionalAuthority.class);
    }

    @Test
    void aTargetTrackedBySectorCountsItsSectorsOnly() {
        ProgrammeDocument document = EuropeanMissionCities.document();
        ClimateTarget helsinki = document.initiatives().get(0).target(EuropeanMissionCities.HELSINKI_TARGET)
                .orElseThrow();
        MatchedEmissions matched = TargetEmissions.inYear(document, helsinki, 2019).orElseThrow();
        // residential 1,120,000 + commercial 430,000 + on-road 600,000; not the 90,000 of solid waste
        assertThat(matched.tonnesCo2e()).isEqualTo(2_150_000.0);
        assertThat(matched.inventories()).singleElement()
                .satisfies(i -> assertThat(i.boundary()).isEqualTo(Boundary.GPC_BASIC));
        assertThat(document.inventoriesOf(EuropeanMissionCities.HELSINKI).get(0).total().tonnesCo2e())
                .isEqualTo(2_240_000.0);
    }

    @Test
    void marksEveryEmissionFigureAndTargetAsIllustrativeInTheJson() throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(EuropeanMissionCities.RESOURCE));
        Map<String, String> kinds = new TreeMap<>();
        for (int i = 0; i < root.get("inventories").size(); i++) {
            kinds.put("/inventories/" + i, root.get("inventories").get(i).get("provenance").get("kind").stringValue());
        }
        JsonNode targets = root.get("initiatives").get(0).get("targets");
        for (int i = 0; i < targets.size(); i++) {
            kinds.put("/initiatives/0/targets/" + i, targets.get(i).get("provenance").get("kind").stringValue());
        }
        assertThat(kinds).hasSize(10).allSatisfy((pointer, kind) -> assertThat(kind).isEqualTo("illustrative"));
    }
}
