package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Set;
import org.climatecity.core.document.ProgrammeDocument;

/** Test helpers: resources as paths, and the check that an imported document is valid. */
public final class Documents {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Documents() {
    }

    /**
     * Returns a test resource as a path.
     *
     * @param name the resource, relative to the classpath root
     * @return the path
     */
    public static Path resource(String name) {
        try {
            return Path.of(Documents.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /**
     * Asserts that a document has no violations of the model's rules.
     *
     * @param document the document
     */
    public static void assertValid(ProgrammeDocument document) {
        Set<ConstraintViolation<ProgrammeDocument>> violations = VALIDATOR.validate(document);
        assertThat(violations).as("violations").extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                .isEmpty();
    }
}
