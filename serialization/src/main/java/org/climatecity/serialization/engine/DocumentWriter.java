package org.climatecity.serialization.engine;

import org.climatecity.core.document.ProgrammeDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writes one document to a generator, putting back the unknown properties a read kept. */
public final class DocumentWriter {

    private DocumentWriter() {
    }

    /**
     * Writes a document.
     *
     * @param document the document
     * @param kept the unknown properties to put back, or null
     * @param version the version to declare
     * @param g the generator
     */
    public static void write(ProgrammeDocument document, @Nullable KeptProperties kept, String version,
            JsonGenerator g) {
        ModelCodecs.INSTANCE.document().write(document, new Writing(g, kept, version));
    }
}
