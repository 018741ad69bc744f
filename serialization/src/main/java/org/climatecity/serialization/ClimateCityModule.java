package org.climatecity.serialization;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for the climate-city model: serializers and deserializers for every type of
 * {@code org.climatecity.core}, writing and reading exactly the document format of {@link ClimateCityDocuments}
 * (see the package documentation).
 *
 * <p>Register it explicitly, or let {@code JsonMapper.builder().findAndAddModules()} find it through the
 * {@code java.util.ServiceLoader} registration of this library:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ClimateCityModule()).build();
 * ProgrammeDocument document = mapper.readValue(json, ProgrammeDocument.class);
 * }</pre>
 *
 * <p>Through a plain mapper a read stops at the first problem, with a
 * {@link tools.jackson.databind.exc.MismatchedInputException} naming the JSON Pointer, as a mapper's callers
 * expect; unknown properties fail when {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is enabled and
 * are skipped otherwise. Use {@link ClimateCityDocuments} to collect every problem, keep unknown properties, apply
 * the read limits and validate the document's constraints. Sealed types are written with a {@code "type"} name,
 * never a class name, and no polymorphic class name is ever honoured.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClimateCityModule extends JacksonModule {

    private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.climatecity",
            "climate-city-serialization");

    /**
     * Creates the module. Public for {@code java.util.ServiceLoader}.
     */
    public ClimateCityModule() {
    }

    /**
     * Returns the module's name.
     *
     * @return {@code climate-city}
     */
    @Override
    public String getModuleName() {
        return "climate-city";
    }

    /**
     * Returns the version of this library.
     *
     * @return the version
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * Registers the serializers and deserializers of every type of the model.
     *
     * @param context the mapper's setup context, not null
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Map.Entry<Class<?>, Codec<?>> entry : ModelCodecs.INSTANCE.all().entrySet()) {
            Class type = entry.getKey();
            if (type.getPackageName().startsWith("org.climatecity.core")) {
                serializers.addSerializer(type, new CodecSerializer(entry.getValue()));
                deserializers.addDeserializer(type, new CodecDeserializer(type, entry.getValue()));
            }
        }
        Codec<?> sectors = ModelCodecs.INSTANCE.codec(org.climatecity.core.emissions.EmissionsSector.class);
        serializers.addSerializer(org.climatecity.core.emissions.GpcSector.class, new CodecSerializer(sectors));
        serializers.addSerializer(org.climatecity.core.emissions.SwedishMainSector.class,
                new CodecSerializer(sectors));
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
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

    /** Reads a value with its codec, failing at the first problem. */
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
            ReadState state = new ReadState(unknowns, false, Integer.MAX_VALUE, false, p);
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
