package org.climatecity.serialization.engine;

import org.climatecity.core.document.ProgrammeDocument;
import java.util.List;
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

    /**
     * Writes one value of the model as the document writes it in its place: a subtype of a sealed type with its
     * {@code "type"} name, a collection as an array.
     *
     * @param value the value
     * @param g the generator
     * @throws IllegalArgumentException if the value is of no type of the model
     */
    @SuppressWarnings("unchecked")
    public static void writeValue(Object value, JsonGenerator g) {
        if (value instanceof java.util.Collection<?> collection) {
            g.writeStartArray();
            collection.forEach(element -> writeValue(element, g));
            g.writeEndArray();
            return;
        }
        java.util.Map<Class<?>, Codec<?>> codecs = ModelCodecs.INSTANCE.all();
        Codec<Object> codec = null;
        // the written form of a subtype is its sealed type's: a union writes the type name, sectors one text
        Class<?> own = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
        java.util.Deque<Class<?>> types = new java.util.ArrayDeque<>(List.of(own.getInterfaces()));
        while (codec == null && !types.isEmpty()) {
            Class<?> type = types.removeFirst();
            codec = type.isSealed() ? (Codec<Object>) codecs.get(type) : null;
            types.addAll(List.of(type.getInterfaces()));
        }
        if (codec == null) {
            codec = (Codec<Object>) codecs.get(own);
        }
        if (codec == null) {
            throw new IllegalArgumentException("no type of the model: " + value.getClass().getName());
        }
        codec.write(value, new Writing(g, null));
    }
}
