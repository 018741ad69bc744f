package org.climatecity.serialization;

import java.util.Objects;
import org.climatecity.core.document.ProgrammeDocument;

/**
 * A document read by {@link ClimateCityDocuments}: the model, the format version it was written in, and the
 * properties this version does not know, kept so that writing it back loses nothing.
 *
 * <p>To edit a document and write it back, replace the model with {@link #withDocument(ProgrammeDocument)} and pass
 * the result to {@link ClimateCityDocuments#write(ReadResult, java.io.Writer)}: unknown properties go back into the
 * objects that still exist (see {@link UnknownProperties}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document, not null
 * @param schemaVersion the {@code schemaVersion} the document declared, such as {@code 1.0}, not null
 * @param unknownProperties the properties this version does not know, not null
 * @since 0.1.0
 */
public record ReadResult(ProgrammeDocument document, String schemaVersion, UnknownProperties unknownProperties) {

    /**
     * Creates a result.
     *
     * @param document the document, not null
     * @param schemaVersion the declared version, not null
     * @param unknownProperties the unknown properties, not null
     */
    public ReadResult {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(unknownProperties, "unknownProperties");
    }

    /**
     * Returns a copy holding an edited document, keeping the version and the unknown properties.
     *
     * @param edited the edited document, not null
     * @return the copy
     */
    public ReadResult withDocument(ProgrammeDocument edited) {
        return new ReadResult(edited, schemaVersion, unknownProperties);
    }
}
