package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.calc.GapAnalysis;
import org.climatecity.core.calc.GapYear;
import org.climatecity.core.calc.TrendMethod;
import org.climatecity.core.calc.YearValue;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class ClimateCityModuleTest {

    @Test
    void serviceLoaderFindsTheModule() {
        assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(ClimateCityModule.class);
    }

    @Test
    void findAndAddModulesRegistersIt() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof ClimateCityModule);
        assertThat(mapper.writeValueAsString(ActorId.of("borlange"))).isEqualTo("\"borlange\"");
    }

    @Test
    void mapperWritesTheSameDocumentAsTheFacade() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ClimateCityModule()).build();
        ProgrammeDocument document = CanonicalScenario.document();
        String compact = ClimateCityDocuments.builder().pretty(false).build().writeToString(document);
        assertThat(mapper.writeValueAsString(document)).isEqualTo(compact);
        assertThat(mapper.readValue(compact, ProgrammeDocument.class)).isEqualTo(document);
    }

    @Test
    void mapperReadsSealedTypesByTypeName() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ClimateCityModule()).build();
        Actor actor = mapper.readValue(
                "{\"type\":\"municipality\",\"id\":\"borlange\",\"name\":\"Borlänge\",\"country\":\"SE\","
                        + "\"identifiers\":[\"se-kommun:2081\"]}",
                Actor.class);
        assertThat(actor.id()).isEqualTo(ActorId.of("borlange"));
        assertThat(mapper.writeValueAsString(GovernanceLevel.EU)).isEqualTo("\"eu\"");
        assertThat(mapper.writeValueAsString(SwedishMainSector.DOMESTIC_TRANSPORT))
                .isEqualTo("\"se:domestic-transport\"");
        assertThat(mapper.readValue("\"gpc:waste\"", EmissionsSector.class)).isNotNull();
    }

    @Test
    void mapperFailsAtTheFirstProblemWithItsPointer() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ClimateCityModule()).build();
        assertThatThrownBy(() -> mapper.readValue(
                "{\"type\":\"municipality\",\"id\":\"borlange\",\"name\":\"Borlänge\",\"country\":\"SE\","
                        + "\"identifiers\":[\"se-kommun:208\"]}",
                Actor.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("/identifiers/0: municipality code must be 4 digits, was '208' [invalid-value]");
    }

    @Test
    void mapperNeverHonoursClassNames() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ClimateCityModule()).build();
        assertThatThrownBy(() -> mapper.readValue(
                "{\"@class\":\"java.lang.ProcessBuilder\",\"type\":\"java.lang.ProcessBuilder\"}", Actor.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("[unknown-type]");
    }

    @Test
    void mapperSkipsUnknownPropertiesOnlyWhenTold() {
        String json = "{\"type\":\"county\",\"code\":\"20\",\"extra\":1}";
        JsonMapper failing = JsonMapper.builder().addModule(new ClimateCityModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThatThrownBy(() -> failing.readValue(json, org.climatecity.core.geo.Geography.class))
                .hasMessageContaining("/extra");
        JsonMapper lenient = JsonMapper.builder().addModule(new ClimateCityModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(lenient.readValue(json, org.climatecity.core.geo.Geography.class)).isNotNull();
    }

    @Test
    void reportsTheVersionTheBuildRecorded() {
        tools.jackson.core.Version version = new ClimateCityModule().version();
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version.getGroupId()).isEqualTo("org.climatecity");
        assertThat(version.getArtifactId()).isEqualTo("climate-city-serialization");
        assertThat(version.toString()).startsWith("0.1.0");
    }

    @Test
    void calculationResultsAreWrittenAndReadBackByTheModule() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        GapAnalysis gap = new GapAnalysis(java.util.List.of(new GapYear(2030, 0, 100.5, 20, 80.5)));
        String json = mapper.writeValueAsString(gap);
        assertThat(json).isEqualTo("{\"years\":[{\"year\":2030,\"target\":0.0,\"trend\":100.5,"
                + "\"actionEffect\":20.0,\"trendWithActions\":80.5}]}");
        assertThat(mapper.readValue(json, GapAnalysis.class)).isEqualTo(gap);

        YearlySeries series = YearlySeries.of(java.util.List.of(new YearValue(2020, 1.5), new YearValue(2021, 2)));
        String seriesJson = mapper.writeValueAsString(series);
        assertThat(seriesJson).isEqualTo("[{\"year\":2020,\"value\":1.5},{\"year\":2021,\"value\":2.0}]");
        assertThat(mapper.readValue(seriesJson, YearlySeries.class).points()).isEqualTo(series.points());
        assertThat(mapper.writeValueAsString(TrendMethod.values()[0])).startsWith("\"").doesNotContain("_");
    }
}
