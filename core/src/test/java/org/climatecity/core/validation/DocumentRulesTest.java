package org.climatecity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentRules} keeps its own list of the rules: it must name every constraint of the document, with the code
 * a provider's violation of it gets, in the order of the annotations. (That each rule reports what the provider
 * reports is checked by every rule test, through {@link DocumentValidation}.)
 */
class DocumentRulesTest {

    @Test
    void runsEveryConstraintOfTheDocumentInItsOrder() {
        List<String> constraints = Arrays.stream(ProgrammeDocument.class.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(Constraint.class))
                .map(type -> type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT))
                .toList();

        assertThat(constraints).hasSize(15);
        assertThat(DocumentRules.codes()).containsExactlyElementsOf(constraints);
    }

    @Test
    void theRulesCheckedInOneWalkAreTheFirstFour() {
        assertThat(DocumentRules.codes().subList(0, DocumentRules.WALKED_TOGETHER))
                .containsExactly("unique-ids", "known-actors", "referenced-actor-kinds", "known-local-ids");
    }

    @Test
    void checkingADocumentAsItIsBuiltGivesTheViolationsOfCheckingItWhole() {
        ProgrammeDocument invalid = CanonicalScenario.invalidVariant();
        DocumentRules.Checking checking = DocumentRules.begin(invalid.actors(), invalid.programmes());
        invalid.initiatives().forEach(checking::initiative);

        List<RuleViolation> violations = checking.end(invalid);

        assertThat(violations).hasSize(7).containsExactlyElementsOf(DocumentRules.check(invalid));
    }

    @Test
    void aDocumentOtherThanTheOneCheckedAsItWasBuiltIsCheckedWhole() {
        ProgrammeDocument valid = CanonicalScenario.document();
        ProgrammeDocument changed = DocumentEdits.initiative(valid, i -> i.leadCity = ActorId.of("nowhere"));
        DocumentRules.Checking checking = DocumentRules.begin(valid.actors(), valid.programmes());
        valid.initiatives().forEach(checking::initiative);

        List<RuleViolation> violations = checking.end(changed);

        assertThat(violations).isNotEmpty().isEqualTo(DocumentRules.check(changed));
        assertThat(violations).extracting(RuleViolation::code).contains("known-actors");
    }

    @Test
    void aCheckingIsUsedOnce() {
        ProgrammeDocument valid = CanonicalScenario.document();
        DocumentRules.Checking checking = DocumentRules.begin(valid.actors(), valid.programmes());
        valid.initiatives().forEach(checking::initiative);
        assertThat(checking.end(valid)).isEmpty();

        assertThatThrownBy(() -> checking.end(valid)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the document was given already");
        assertThatThrownBy(() -> checking.initiative(valid.initiatives().get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessage("the document was given already");
    }
}
