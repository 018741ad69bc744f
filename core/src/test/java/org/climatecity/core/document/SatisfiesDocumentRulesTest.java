package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.climatecity.core.actor.Company;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta adapter: each rule violation is a violation of {@link SatisfiesDocumentRules} with the rule's path and
 * the message {@code [code] message}, which {@link RuleViolation#from} reads back.
 */
class SatisfiesDocumentRulesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void reportsEachViolationWithItsCodeInBracketsBeforeTheMessage() {
        ProgrammeDocument invalid = CanonicalScenario.invalidVariant();
        Set<ConstraintViolation<ProgrammeDocument>> violations = VALIDATOR.validate(invalid);

        assertThat(violations).extracting(v -> v.getPropertyPath() + " " + v.getMessage())
                .containsExactlyInAnyOrderElementsOf(DocumentRules.check(invalid).stream()
                        .map(v -> v.path() + " [" + v.code() + "] " + v.message()).toList());
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(SatisfiesDocumentRules.class);
            assertThat(v.getRootBean()).isSameAs(invalid);
        });
    }

    @Test
    void reportsNothingForAValidDocumentAndANullOne() {
        assertThat(VALIDATOR.validate(CanonicalScenario.document())).isEmpty();
        assertThat(new SatisfiesDocumentRulesValidator().isValid(null, null)).isTrue();
    }

    @Test
    void neverInterpolatesUserText() {
        String name = "${1+1} #{2} {javax.x.message} \\ $";
        ActorId trap = ActorId.of("trap");
        ProgrammeDocument document = DocumentEdits.initiative(DocumentEdits.actors(CanonicalScenario.document(),
                a -> a.add(new Company(trap, name, GovernanceLevel.LOCAL, null))), i -> i.leadCity = trap);

        ConstraintViolation<ProgrammeDocument> violation = VALIDATOR.validate(document).iterator().next();

        assertThat(violation.getMessage()).isEqualTo("[referenced-actor-kinds] must name a municipality, but 'trap'"
                + " (" + name + ") is a company");
        assertThat(RuleViolation.from(violation)).contains(new RuleViolation("referenced-actor-kinds",
                "initiatives[0].leadCity", "/initiatives/0/leadCity", "must name a municipality, but 'trap' (" + name
                        + ") is a company"));
    }

    @Test
    void readsBackEveryViolationAsDocumentRulesReportsIt() {
        ProgrammeDocument invalid = CanonicalScenario.invalidVariant();

        List<RuleViolation> read = VALIDATOR.validate(invalid).stream().map(v -> RuleViolation.from(v).orElseThrow())
                .toList();

        assertThat(read).hasSize(7).containsExactlyInAnyOrderElementsOf(DocumentRules.check(invalid));
    }

    /** A bean of another constraint. */
    record Named(@NotNull String name) {
    }

    @Test
    void readsNoRuleViolationFromAnotherConstraint() {
        ConstraintViolation<Named> other = VALIDATOR.validate(new Named(null)).iterator().next();

        assertThat(RuleViolation.from(other)).isEmpty();
    }

    @Test
    void readsNoRuleViolationFromAMessageAnInterpolatorRewrote() {
        MessageInterpolator rewriting = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return "rewritten";
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return "rewritten";
            }
        };
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().messageInterpolator(rewriting)
                .buildValidatorFactory()) {
            ConstraintViolation<ProgrammeDocument> violation = factory.getValidator()
                    .validate(CanonicalScenario.invalidVariant()).iterator().next();

            assertThat(RuleViolation.from(violation)).isEmpty();
        }
    }
}
