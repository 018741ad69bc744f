package org.climatecity.serialization;

import org.climatecity.serialization.engine.JacksonAdapters;
import org.climatecity.serialization.engine.LibraryVersion;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
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

    private static final Version VERSION = LibraryVersion.read();

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
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        JacksonAdapters.addTo(serializers, deserializers);
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }
}
