package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.common.GovernanceLevel;
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
                "{\"type\":\"municipality\",\"id\":\"borlange\",\"name\":\"Borlänge\",\"code\":\"2081\"}",
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
                "{\"type\":\"municipality\",\"id\":\"borlange\",\"name\":\"Borlänge\",\"code\":\"208\"}",
                Actor.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("/code: municipality code must be 4 digits, was '208' [invalid-value]");
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
}
