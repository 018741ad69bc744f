package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Company;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.programme.Membership;
import org.climatecity.serialization.engine.DefaultValidator;
import org.junit.jupiter.api.Test;

/**
 * The default validator interpolates messages without an expression language, and its messages are those of the
 * provider's own interpolator (Hibernate Validator with Expressly, as core's tests use).
 */
class DefaultValidatorTest {

    private static final Validator WITH_EXPRESSION_LANGUAGE = Validation.buildDefaultValidatorFactory().getValidator();

    private static Set<String> messages(Validator validator, ProgrammeDocument document) {
        return validator.validate(document).stream()
                .map((ConstraintViolation<ProgrammeDocument> v) -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
    }

    @Test
    void givesTheMessagesOfTheProvidersInterpolatorForTextThatLooksLikeExpressions() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        List<ProgrammeDocument> documents = List.of(canonical,
                trap("${validatedValue} #{1+1} {groups} {message} \\ $ \\{ {"),
                trap("plain"),
                trap("{unclosed"),
                DocumentEdits.programme(canonical, p -> {
                    p.office = CanonicalScenario.VINNOVA;
                    p.members.add(Membership.since(CanonicalScenario.SSAB, CanonicalScenario.EXPANSION));
                }));
        for (ProgrammeDocument document : documents) {
            assertThat(messages(DefaultValidator.get(), document))
                    .isEqualTo(messages(WITH_EXPRESSION_LANGUAGE, document));
        }
        assertThat(messages(DefaultValidator.get(), trap("${1+1}"))).containsExactly("initiatives[0].leadCity:"
                + " must name a municipality, but 'trap' (${1+1}) is a company");
    }

    @Test
    void keepsHibernateValidatorsVersionLineOffStandardError() {
        DefaultValidator.get();
        assertThat(Logger.getLogger("org.hibernate.validator.internal.util.Version").getLevel())
                .isEqualTo(Level.WARNING);
    }

    /** A document whose lead city is a company with the given name, which the violation's message shows. */
    private static ProgrammeDocument trap(String name) {
        ActorId trap = ActorId.of("trap");
        return DocumentEdits.initiative(DocumentEdits.actors(CanonicalScenario.document(),
                a -> a.add(new Company(trap, name, GovernanceLevel.LOCAL, null))), i -> i.leadCity = trap);
    }
}
