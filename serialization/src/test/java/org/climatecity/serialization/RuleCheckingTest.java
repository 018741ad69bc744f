package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Company;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.programme.Membership;
import org.junit.jupiter.api.Test;

/**
 * By default the document rules are checked as plain Java, without a Jakarta Validation provider; the problems are
 * the same as those of a provider given to the builder (Hibernate Validator with Expressly, as core's tests use),
 * messages and positions included, even for user input that looks like an expression.
 */
class RuleCheckingTest {

    private static final Validator HIBERNATE = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ClimateCityDocuments PLAIN = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments PROVIDER = ClimateCityDocuments.builder().validator(HIBERNATE).build();

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

    /** A document whose lead city is a company with the given name, which the violation's message shows. */
    private static ProgrammeDocument trap(String name) {
        ActorId trap = ActorId.of("trap");
        return DocumentEdits.initiative(DocumentEdits.actors(CanonicalScenario.document(),
                a -> a.add(new Company(trap, name, GovernanceLevel.LOCAL, null))), i -> i.leadCity = trap);
    }
}
