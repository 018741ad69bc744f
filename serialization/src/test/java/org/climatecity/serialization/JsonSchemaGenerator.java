package org.climatecity.serialization;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.GpcReferenceNumbers;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.climatecity.serialization.engine.ModelCodecs;
import org.climatecity.serialization.engine.RecordCodec;
import org.climatecity.serialization.format.ModelFormat;
import org.climatecity.serialization.format.Range;
import org.climatecity.serialization.format.RecordFormat;
import org.climatecity.serialization.format.ReferenceFormat;
import org.climatecity.serialization.format.ScalarFormat;
import org.climatecity.serialization.format.UnionFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of the document format from the model with victools: objects and
 * properties from the records, required properties, type names and enum names from the same table as the codecs
 * ({@link ModelFormat}), descriptions from the records' javadoc in core's sources jar, and the ranges the declaration
 * states.
 */
final class JsonSchemaGenerator {

    static final String COMMITTED = "src/main/resources/org/climatecity/serialization/climate-city-1.0.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ModelCodecs CODECS = ModelCodecs.INSTANCE;
    private static final ModelFormat FORMAT = CODECS.format();
    /** The types of the model: those the codecs write. */
    private static final Set<Class<?>> MODEL = CODECS.all().keySet();
    private static final String YEAR = "year";

    /** What only the reader checks, listed in the schema's description and in the serialization README. */
    static final String NOT_EXPRESSED = "A schema cannot express, and only the reader checks: the document rules"
            + " that span objects (references to actors and local ids resolve, periods do not overlap, twin cities"
            + " differ, and the other rule codes); codes that must exist in a registry (country, LAU, NUTS,"
            + " Swedish municipality and county codes); check digits (LEI, Swedish"
            + " organisation number); duplicate identifiers"
            + " that differ only in writing (se-orgnr:5560163429 and se-orgnr:556016-3429); the order of the"
            + " two dates of a range; that the id of a data source names one declared in dataSources, each once;"
            + " and a whole number written with a fraction (2030.0), which JSON Schema"
            + " counts as an integer.";

    private JsonSchemaGenerator() {
    }

    /** Generates the schema as pretty JSON text ending with a line break. */
    static String generate() {
        ObjectNode generated = new SchemaGenerator(config(true).build()).generateSchema(ProgrammeDocument.class);

        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ClimateCityDocuments.SCHEMA_ID);
        schema.put("title", "climate-city programme document, format version 1.0");
        schema.put("description", summary(ProgrammeDocument.class) + " Properties not described here are allowed:"
                + " newer minor versions add them, and readers keep them. " + NOT_EXPRESSED);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode version = properties.putObject("schemaVersion");
        version.put("description", "The format version, MAJOR.MINOR; readers of 1.0 read every 1.x.");
        version.put("type", "string");
        version.put("pattern", "^1\\.(0|[1-9][0-9]*)$");
        ObjectNode defs = (ObjectNode) generated.get("$defs");
        // the records declared once, each in a list of the root, with the id the rest of the document names it by
        SchemaGenerator declared = new SchemaGenerator(config(false).build());
        for (ReferenceFormat<?> reference : FORMAT.references().values()) {
            ObjectNode list = properties.putObject(reference.table());
            list.put("description", "The " + reference.what() + "s of the document, each declared once with its"
                    + " id, by which the rest of the document names it.");
            list.put("type", "array");
            list.putObject("items").put("$ref", "#/$defs/" + reference.type().getSimpleName());
            ObjectNode record = declared.generateSchema(reference.type());
            ObjectNode withId = JSON.createObjectNode();
            ObjectNode id = withId.putObject("id");
            id.put("description", "the id by which the document names this " + reference.what());
            idNode(id);
            withId.setAll((ObjectNode) record.get("properties"));
            record.set("properties", withId);
            ArrayNode required = JSON.createArrayNode().add("id");
            if (record.get("required") instanceof ArrayNode recordRequired) {
                required.addAll(recordRequired);
            }
            record.set("required", required);
            defs.set(reference.type().getSimpleName(), record);
        }
        properties.setAll((ObjectNode) generated.get("properties"));
        ArrayNode required = schema.putArray("required");
        required.add("schemaVersion");
        if (generated.get("required") instanceof ArrayNode generatedRequired) {
            required.addAll(generatedRequired);
        }
        schema.set("$defs", defs);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JSON.writer().with(printer).writeValueAsString(schema) + "\n";
    }

    /** The id of a record declared once: a slug, as the reader reads it. */
    private static ObjectNode idNode(ObjectNode node) {
        node.put("type", "string");
        node.put("maxLength", ReferenceFormat.ID_MAX_LENGTH);
        node.put("pattern", ReferenceFormat.ID_PATTERN);
        return node;
    }

    /**
     * The generator's configuration.
     *
     * @param references true to write the records a document declares once as the ids that name them, false to
     *     write them as objects (for their declarations)
     */
    private static SchemaGeneratorConfigBuilder config(boolean references) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                com.github.victools.jsonschema.generator.SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule())
                .with(new JakartaValidationModule())
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral()
                .withCustomDefinitionProvider((type, context) -> {
                    ReferenceFormat<?> reference = FORMAT.references().get(type.getErasedType());
                    if (references && reference != null) {
                        ObjectNode id = JSON.createObjectNode();
                        id.put("description", "the id of a " + reference.what() + " declared in the document's "
                                + reference.table());
                        return new CustomDefinition(idNode(id), CustomDefinition.DefinitionType.INLINE,
                                CustomDefinition.AttributeInclusion.NO);
                    }
                    ObjectNode leaf = leaf(type.getErasedType());
                    if (leaf != null) {
                        return new CustomDefinition(leaf, CustomDefinition.DefinitionType.INLINE,
                                CustomDefinition.AttributeInclusion.NO);
                    }
                    if (!type.getErasedType().isSealed() || !MODEL.contains(type.getErasedType())) {
                        return null;
                    }
                    UnionFormat<?> union = FORMAT.unionFormat(type.getErasedType());
                    ObjectNode node = JSON.createObjectNode();
                    node.put("type", "object");
                    node.put("description", summary(type.getErasedType()) + " The property \"type\" names the kind.");
                    // discriminated by "type": an error names the kind's missing property, not "none of oneOf"
                    ObjectNode kind = node.putObject("properties").putObject("type");
                    kind.put("type", "string");
                    ArrayNode names = kind.putArray("enum");
                    union.subtypes().keySet().forEach(names::add);
                    node.putArray("required").add("type");
                    ArrayNode allOf = node.putArray("allOf");
                    union.subtypes().forEach((name, subtype) -> {
                        ObjectNode branch = allOf.addObject();
                        ObjectNode test = branch.putObject("if");
                        test.putObject("properties").putObject("type").put("const", name);
                        test.putArray("required").add("type");
                        branch.set("then",
                                context.createDefinitionReference(context.getTypeContext().resolve(subtype)));
                    });
                    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                            CustomDefinition.AttributeInclusion.NO);
                })
                .withTypeAttributeOverride((node, scope, context) -> {
                    addTypeName(node, scope.getType().getErasedType());
                    if (scope.getType().getErasedType() == InventoryEntry.class) {
                        // a figure or a notation key, never both, never neither
                        // (each branch names its property, as ajv's strictRequired asks)
                        ArrayNode oneOf = node.putArray("oneOf");
                        for (String property : new String[] {"tonnesCo2e", "notationKey"}) {
                            ObjectNode branch = oneOf.addObject();
                            branch.putObject("properties").put(property, true);
                            branch.putArray("required").add(property);
                        }
                    }
                })
                .withDescriptionResolver(scope -> {
                    Class<?> type = scope.getType().getErasedType();
                    return type.isRecord() && CODECS.recordCodec(type) != null ? summary(type) : null;
                })
                .withPropertySorter((a, b) -> Integer.compare(order(a.getDeclaringType(), a.getDeclaredName()),
                        order(b.getDeclaringType(), b.getDeclaredName())));
        config.forFields()
                .withIgnoreCheck(field -> field.isStatic()
                        || !field.getDeclaringType().getErasedType().isRecord())
                .withRequiredCheck(field -> presence(field) == RecordCodec.Presence.REQUIRED)
                .withDescriptionResolver(field -> param(field.getDeclaringType().getErasedType(),
                        field.getDeclaredName()))
                .withArrayMinItemsResolver(field -> {
                    if (field.isFakeContainerItemScope()) {
                        return null;
                    }
                    int minimum = recordFormat(field).minimumSize(field.getDeclaredName());
                    return minimum == 0 ? null : Integer.valueOf(minimum);
                })
                .withArrayUniqueItemsResolver(field -> field.isFakeContainerItemScope() ? null
                        : Set.class.isAssignableFrom(field.getType().getErasedType())
                                || field.getTypeParameterFor(java.util.Collection.class, 0) != null
                                && field.getTypeParameterFor(java.util.Collection.class, 0).getErasedType()
                                        == Identifier.class
                                || distinct(field.getDeclaringType().getErasedType()).contains(field.getDeclaredName())
                                ? Boolean.TRUE : null)
                .withNumberInclusiveMinimumResolver(field -> bound(field, 0, false))
                .withNumberExclusiveMinimumResolver(field -> bound(field, 0, true))
                .withNumberInclusiveMaximumResolver(field -> bound(field, 1, false));
        return config;
    }

    private static @Nullable ObjectNode leaf(Class<?> type) {
        ObjectNode node = JSON.createObjectNode();
        ScalarFormat<?> scalar = FORMAT.scalars().get(type);
        if (type == EmissionsSector.class) {
            node.put("type", "string");
            node.put("description", scalar.description());
            ArrayNode anyOf = node.putArray("anyOf");
            ArrayNode known = anyOf.addObject().putArray("enum");
            EmissionsSector.allIds().forEach(known::add);
            GpcReferenceNumbers.get().all().forEach(reference -> known.add("gpc:" + reference.number()));
            anyOf.addObject().put("pattern", "^(?!se:|gpc:)" + ModelFormat.SECTOR_PATTERN.substring(1));
            return node;
        }
        if (type == Share.class) {
            node.put("type", "number");
            node.put("minimum", 0);
            node.put("maximum", 1);
            node.put("description", scalar.description());
            return node;
        }
        if (scalar != null && type != BigDecimal.class) {
            if (scalar.maxLength() > 0) {
                node.put("maxLength", scalar.maxLength());
            }
            if (type == LocalDate.class) {
                node.put("format", "date");
            }
            if (type == Identifier.class) {
                return string(node, identifierPattern(), scalar.description());
            }
            return string(node, scalar.pattern(), scalar.description());
        } else if (type == BigDecimal.class) {
            node.put("description", scalar.description());
            // two branches rather than "type": ["string", "number"], which ajv's strict mode rejects
            ArrayNode anyOf = node.putArray("anyOf");
            anyOf.addObject().put("type", "number");
            ObjectNode text = anyOf.addObject();
            text.put("type", "string");
            text.put("pattern", scalar.pattern());
            return node;
        } else if (type.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            CODECS.names(type).forEach(values::add);
            return node;
        }
        return null;
    }

    /**
     * The pattern of an identifier: the shape of the value for each namespace the library checks, any value for
     * other namespaces. The shapes come from core ({@link Identifier#valuePattern}) and, for the namespaces with a
     * value type of their own, from the format's declaration of that type. Check digits (LEI, organisation numbers)
     * and country codes that exist are left to the reader.
     */
    static String identifierPattern() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(Identifier.LOCODE, shape(Identifier.LOCODE));
        values.put(Identifier.LAU, inner(LauCode.class));
        values.put(Identifier.NUTS, inner(NutsCode.class));
        values.put(Identifier.ISO_3166_1, inner(CountryCode.class));
        values.put(Identifier.ISO_3166_2, shape(Identifier.ISO_3166_2));
        values.put(Identifier.SE_KOMMUN, inner(MunicipalityCode.class));
        values.put(Identifier.SE_LAN, inner(CountyCode.class));
        values.put(Identifier.WIKIDATA, shape(Identifier.WIKIDATA));
        values.put(Identifier.LEI, shape(Identifier.LEI));
        values.put(Identifier.VAT, shape(Identifier.VAT));
        values.put(Identifier.SE_ORGNR, shape(Identifier.SE_ORGNR));
        StringBuilder pattern = new StringBuilder("^(?:");
        values.forEach((namespace, value) -> pattern.append(namespace).append(':').append(value).append('|'));
        pattern.append("(?!(?:").append(String.join("|", values.keySet())).append("):)")
                .append(ModelFormat.SECTOR_PATTERN, 1, ModelFormat.SECTOR_PATTERN.length() - 1).append(")$");
        return pattern.toString();
    }

    private static String shape(String namespace) {
        return Identifier.valuePattern(namespace).orElseThrow(() -> new IllegalStateException(
                "core declares no pattern of the namespace " + namespace));
    }

    private static String inner(Class<?> scalar) {
        String pattern = FORMAT.scalars().get(scalar).pattern();
        return pattern.substring(1, pattern.length() - 1);
    }

    private static ObjectNode string(ObjectNode node, String pattern, String description) {
        node.put("type", "string");
        node.put("pattern", pattern);
        node.put("description", description);
        return node;
    }

    /** Puts the {@code "type"} discriminator first into the definition of a subtype of a sealed type. */
    private static void addTypeName(ObjectNode node, Class<?> type) {
        if (CODECS.recordCodec(type) == null) {
            return;
        }
        for (Class<?> sealed : type.getInterfaces()) {
            if (!sealed.isSealed() || FORMAT.scalars().containsKey(sealed)) {
                continue;
            }
            for (Map.Entry<String, ? extends Class<?>> subtype : FORMAT.unionFormat(sealed).subtypes().entrySet()) {
                if (subtype.getValue() == type && node.has("properties")) {
                    ObjectNode properties = JSON.createObjectNode();
                    ObjectNode name = properties.putObject("type");
                    name.put("description", "the kind, always \"" + subtype.getKey() + "\" here");
                    name.put("const", subtype.getKey());
                    properties.setAll((ObjectNode) node.get("properties"));
                    node.set("properties", properties);
                    ArrayNode required = JSON.createArrayNode().add("type");
                    if (node.has("required")) {
                        required.addAll((ArrayNode) node.get("required"));
                    }
                    node.set("required", required);
                }
            }
        }
    }

    private static RecordFormat<?> recordFormat(FieldScope field) {
        return FORMAT.recordFormat(field.getDeclaringType().getErasedType());
    }

    private static RecordCodec.@Nullable Presence presence(FieldScope field) {
        RecordCodec<?> codec = CODECS.recordCodec(field.getDeclaringType().getErasedType());
        RecordCodec.Property property = codec == null ? null : codec.property(field.getDeclaredName());
        return property == null ? null : property.presence;
    }

    private static @Nullable BigDecimal bound(FieldScope field, int which, boolean exclusive) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        Range range = recordFormat(field).range(field.getDeclaredName());
        if (range == null) {
            return null;
        }
        if (which == 0) {
            return range.exclusiveMinimum() == exclusive ? BigDecimal.valueOf((long) range.minimum()) : null;
        }
        return range.hasMaximum() ? BigDecimal.valueOf((long) range.maximum()) : null;
    }

    private static int order(ResolvedType declaring, String name) {
        RecordComponent[] components = declaring.getErasedType().getRecordComponents();
        for (int i = 0; components != null && i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    // ------------------------------------------------------------------------------ descriptions from the javadoc

    private static final Map<Class<?>, String> JAVADOC = new HashMap<>();

    private static String javadoc(Class<?> type) {
        return JAVADOC.computeIfAbsent(type, t -> {
            Class<?> top = t;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            String text = source(top);
            Matcher matcher = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
                    + "(?:public\\s+)?(?:static\\s+)?(?:sealed\\s+)?(?:record|interface)\\s+" + t.getSimpleName()
                    + "\\b", Pattern.DOTALL)
                    .matcher(text);
            return matcher.find() ? clean(matcher.group(1)) : "";
        });
    }

    /** The source of a top-level type of core. */
    private static String source(Class<?> top) {
        // core's sources jar is a test dependency: its javadoc describes the schema
        String source = top.getName().replace('.', '/') + ".java";
        try (InputStream in = JsonSchemaGenerator.class.getClassLoader().getResourceAsStream(source)) {
            if (in == null) {
                throw new IllegalStateException(source + " is not on the test class path: the schema is"
                        + " described from climate-city-core's sources jar, built by mvn verify");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("core sources are needed to describe the schema", e);
        }
    }

    private static String clean(String comment) {
        String text = comment.replaceAll("(?m)^\\s*\\*\\s?", "").replaceAll("\\s+", " ").trim();
        text = text.replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1");
        text = text.replaceAll("\\{@link(?:plain)? (?:[\\w.#]+ )?([^}]*)}", "$1");
        text = text.replaceAll("<[^>]+>", "");
        return text;
    }

    private static final Map<Class<?>, Set<String>> DISTINCT = new HashMap<>();

    /**
     * The components of a record whose compact constructor requires distinct values ({@code x =
     * Require.distinctList(x, ...)}), read from core's sources as the descriptions are: each is an array with
     * {@code uniqueItems} in the schema.
     */
    static Set<String> distinct(Class<?> type) {
        return DISTINCT.computeIfAbsent(type, t -> {
            if (!t.isRecord()) {
                return Set.of();
            }
            Class<?> top = t;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            String source = source(top);
            Set<String> names = new java.util.HashSet<>();
            Matcher matcher = Pattern.compile("\\b(\\w+) = Require\\.distinctList\\(\\1,").matcher(source);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            names.retainAll(java.util.Arrays.stream(t.getRecordComponents()).map(RecordComponent::getName).toList());
            return Set.copyOf(names);
        });
    }

    /** The first sentence of a record's javadoc. */
    static String summary(Class<?> type) {
        String doc = javadoc(type);
        int tag = doc.indexOf(" @");
        String body = tag < 0 ? doc : doc.substring(0, tag);
        int end = body.indexOf(". ");
        return (end < 0 ? body : body.substring(0, end + 1)).trim();
    }

    /** The javadoc of a record component, from its {@code @param} tag. */
    static @Nullable String param(Class<?> type, String name) {
        Matcher matcher = Pattern.compile("@param " + name + " (.*?)(?= @|$)").matcher(javadoc(type));
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    /** Returns the value of a property path in a JSON tree, for tests. */
    static JsonNode at(JsonNode node, String pointer) {
        return node.at(pointer);
    }
}
