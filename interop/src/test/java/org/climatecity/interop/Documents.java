package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
     * Asserts the conservation of tonnes per file: the tonnes a file gives are the tonnes of it in the document plus
     * the tonnes the report's entries about that file name as left out. A file imported twice counts twice on both
     * sides.
     *
     * @param result the import
     */
    public static void assertConserved(ImportResult result) {
        Map<String, BigDecimal> read = new TreeMap<>();
        Map<String, BigDecimal> accounted = new TreeMap<>();
        for (TonnesBalance balance : result.balances()) {
            read.merge(balance.file(), balance.read(), BigDecimal::add);
            accounted.merge(balance.file(), balance.inDocument(), BigDecimal::add);
        }
        for (ReportEntry entry : result.report().entries()) {
            if (entry.tonnesLeftOut() != null) {
                assertThat(read).as("file of " + entry).containsKey(entry.file());
                accounted.merge(entry.file(), entry.tonnesLeftOut(), BigDecimal::add);
            }
        }
        read.forEach((file, tonnes) -> assertThat(accounted.get(file)).as("tonnes of %s in the document and left out",
                file).isEqualByComparingTo(tonnes));
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
