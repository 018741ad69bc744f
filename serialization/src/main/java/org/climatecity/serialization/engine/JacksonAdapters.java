package org.climatecity.serialization.engine;

import java.util.Map;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.GpcSector;
import org.climatecity.core.emissions.GpcSubcategory;
import org.climatecity.core.emissions.OtherSector;
import org.climatecity.core.emissions.SwedishMainSector;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/** The codecs as Jackson serializers and deserializers, for the Jackson module of the library. */
public final class JacksonAdapters {

    private JacksonAdapters() {
    }

    /**
     * Adds a serializer and a deserializer for every type of the model.
     *
     * @param serializers receives the serializers
     * @param deserializers receives the deserializers
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void addTo(SimpleSerializers serializers, SimpleDeserializers deserializers) {
        for (Map.Entry<Class<?>, Codec<?>> entry : ModelCodecs.INSTANCE.all().entrySet()) {
            Class type = entry.getKey();
            if (type.getPackageName().startsWith("org.climatecity.core")) {
                serializers.addSerializer(type, new CodecSerializer(entry.getValue()));
                deserializers.addDeserializer(type, new CodecDeserializer(type, entry.getValue()));
            }
        }
        Codec sectors = ModelCodecs.INSTANCE.codec(EmissionsSector.class);
        serializers.addSerializer(GpcSector.class, new CodecSerializer(sectors));
        serializers.addSerializer(SwedishMainSector.class, new CodecSerializer(sectors));
        serializers.addSerializer(GpcSubcategory.class, new CodecSerializer(sectors));
        serializers.addSerializer(OtherSector.class, new CodecSerializer(sectors));
    }

    /** Writes a value with its codec. */
    private static final class CodecSerializer<T> extends ValueSerializer<T> {
        private final Codec<T> codec;

        CodecSerializer(Codec<T> codec) {
            this.codec = codec;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            codec.write(value, new Writing(g, null));
        }
    }

    /** Reads a value with its codec, failing at the first problem through the context, as a mapper expects. */
    private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Codec<T> codec;

        CodecDeserializer(Class<T> type, Codec<T> codec) {
            this.type = type;
            this.codec = codec;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            ReadState.Unknowns unknowns = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    ? ReadState.Unknowns.REJECT : ReadState.Unknowns.SKIP;
            ReadState state = new ReadState(unknowns, false, Integer.MAX_VALUE, Long.MAX_VALUE, false,
                    (pointer, code, message) -> context.reportInputMismatch(this, "%s: %s [%s]",
                            pointer.isEmpty() ? "/" : pointer, message, code));
            T value = codec.read(new Reading(p, state));
            if (value == null) {
                return context.reportInputMismatch(this, "cannot read %s", type.getSimpleName());
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
