package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.climatecity.core.actor.Company;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.programme.Membership;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * By default the document rules are checked as plain Java, without a Jakarta Validation provider; the problems are
 * the same as those of a provider given to the builder (Hibernate Validator with Expressly, as core's tests use),
 * messages and positions included, even for user input that looks like an expression.
 */
class RuleCheckingTest {

    private static final Validator HIBERNATE = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ClimateCityDocuments PLAIN = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments PROVIDER = ClimateCityDocuments.builder().validator(HIBERNATE).build();
    private static final JsonMapper MAPPER = JsonMapper.shared();

    @Test
    void validatesWithoutAProviderByDefaultAndReportsWhatTheProviderReports() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        List<ProgrammeDocument> documents = List.of(canonical, CanonicalScenario.invalidVariant(),
                trap("${validatedValue} #{1+1} {groups} {message} \\ $ \\{ {"),
                trap("plain"),
                trap("{unclosed"),
                DocumentEdits.programme(canonical, p -> {
                    p.office = CanonicalScenario.VINNOVA;
                    p.members.add(Membership.since(CanonicalScenario.SSAB, CanonicalScenario.EXPANSION));
                }));
        for (ProgrammeDocument document : documents) {
            assertThat(PLAIN.validate(document)).isEqualTo(PROVIDER.validate(document));
        }
        assertThat(PLAIN.validate(canonical)).isEmpty();
        assertThat(PLAIN.validate(CanonicalScenario.invalidVariant())).hasSize(7);
        assertThat(PLAIN.validate(trap("${1+1}"))).containsExactly(new Problem("/initiatives/0/leadCity",
                "referenced-actor-kinds", "must name a municipality, but 'trap' (${1+1}) is a company", 0, 0));
    }

    @Test
    void readingReportsTheSameProblemsAtTheSamePositions() {
        byte[] invalid = ClimateCityDocuments.defaults().writeToString(CanonicalScenario.invalidVariant())
                .getBytes(StandardCharsets.UTF_8);

        List<Problem> plain = catchThrowableOfType(DocumentReadException.class, () -> PLAIN.read(invalid)).problems();
        List<Problem> provider = catchThrowableOfType(DocumentReadException.class, () -> PROVIDER.read(invalid))
                .problems();

        assertThat(plain).hasSize(7).isEqualTo(provider);
        assertThat(plain).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void documentsWithInitiativesFirstOrFailingReportWhatTheProviderReports() {
        // the rules are checked on the document once read, whatever the order of its properties, and on what bound
        ObjectNode invalid = tree(CanonicalScenario.invalidVariant());
        ObjectNode initiativesFirst = MAPPER.createObjectNode();
        initiativesFirst.set("initiatives", invalid.get("initiatives"));
        invalid.properties().forEach(p -> initiativesFirst.set(p.getKey(), p.getValue()));
        ObjectNode twoInitiatives = invalid.deepCopy();
        ObjectNode copy = ((ObjectNode) twoInitiatives.get("initiatives").get(0)).deepCopy();
        copy.put("id", "second").put("leadCity", "nowhere");
        ((ArrayNode) twoInitiatives.get("initiatives")).add(copy);
        ObjectNode firstFailing = twoInitiatives.deepCopy();
        ((ObjectNode) firstFailing.get("initiatives").get(0)).put("leadCity", 5);

        for (ObjectNode document : List.of(invalid, initiativesFirst, twoInitiatives, firstFailing)) {
            byte[] json = MAPPER.writeValueAsBytes(document);
            List<Problem> plain = catchThrowableOfType(DocumentReadException.class, () -> PLAIN.read(json))
                    .problems();
            List<Problem> provider = catchThrowableOfType(DocumentReadException.class, () -> PROVIDER.read(json))
                    .problems();
            assertThat(plain).isEqualTo(provider);
        }
        assertThat(problems(twoInitiatives)).contains("/initiatives/1/leadCity known-actors",
                "/initiatives/1/targets/0/id unique-ids");
        assertThat(problems(firstFailing)).contains("/initiatives/0/leadCity wrong-type",
                "/initiatives/1/leadCity known-actors").doesNotContain("/initiatives/1/targets/0/id unique-ids");
    }

    private static ObjectNode tree(ProgrammeDocument document) {
        return (ObjectNode) MAPPER.readTree(PLAIN.writeToString(document));
    }

    private static List<String> problems(ObjectNode document) {
        byte[] json = MAPPER.writeValueAsBytes(document);
        return catchThrowableOfType(DocumentReadException.class, () -> PLAIN.read(json)).problems().stream()
                .map(p -> p.pointer() + " " + p.code()).toList();
    }

    /** A document whose lead city is a company with the given name, which the violation's message shows. */
    private static ProgrammeDocument trap(String name) {
        ActorId trap = ActorId.of("trap");
        return DocumentEdits.initiative(DocumentEdits.actors(CanonicalScenario.document(),
                a -> a.add(new Company(trap, name, GovernanceLevel.LOCAL, null))), i -> i.leadCity = trap);
    }
}
