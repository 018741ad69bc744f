package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentRules} runs every rule of the package once, in a fixed order; the document has one constraint,
 * through which a Jakarta Validation provider runs the same rules. (That the provider reports what
 * {@link DocumentRules} reports is checked by every rule test, through {@link DocumentValidation}.)
 */
class DocumentRulesTest {

    @Test
    void runsTheRulesInTheirOrder() {
        assertThat(DocumentRules.codes()).containsExactly("unique-ids", "known-actors", "referenced-actor-kinds",
                "known-local-ids", "distinct-twin-cities", "non-overlapping-roles", "non-overlapping-memberships",
                "ordered-scopes", "ordered-scaling-stages", "nested-scaling-stages", "ordered-target-years",
                "known-region-codes", "unique-inventories", "consistent-places", "funding-counted-once",
                "twin-shared-targets", "finite-totals", "scenario-base-inventories", "action-sectors",
                "stated-overlaps");
    }

    @Test
    void runsEveryRuleClassOfThePackage() throws ReflectiveOperationException {
        List<JavaClass> rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Rule.class.getPackageName()).stream()
                .filter(type -> type.isAssignableTo(Rule.class) && !type.isInterface()).toList();

        assertThat(rules).hasSameSizeAs(DocumentRules.codes());
        for (JavaClass type : rules) {
            Rule rule = (Rule) type.reflect().getDeclaredConstructor().newInstance();
            assertThat(DocumentRules.codes()).as("the code of %s", type.getSimpleName()).contains(rule.code());
            assertThat(rule.code()).matches("[a-z]+(-[a-z]+)*");
        }
    }

    @Test
    void theDocumentHasOneConstraintThatChecksTheRules() {
        List<Class<? extends Annotation>> constraints = Arrays.stream(ProgrammeDocument.class.getAnnotations())
                .map(Annotation::annotationType).filter(type -> type.isAnnotationPresent(Constraint.class))
                .toList();

        assertThat(constraints).containsExactly(SatisfiesDocumentRules.class);
        assertThat(SatisfiesDocumentRules.class.getAnnotation(Constraint.class).validatedBy())
                .containsExactly(SatisfiesDocumentRulesValidator.class);
    }

    @Test
    void reportsEachRulesViolationsInTheOrderOfTheRules() {
        List<RuleViolation> violations = DocumentRules.check(CanonicalScenario.invalidVariant());

        assertThat(violations).extracting(RuleViolation::code).containsExactly("unique-ids", "known-actors",
                "referenced-actor-kinds", "non-overlapping-roles", "ordered-scopes", "nested-scaling-stages",
                "ordered-target-years");
        assertThat(DocumentRules.check(CanonicalScenario.document())).isEmpty();
    }
}
