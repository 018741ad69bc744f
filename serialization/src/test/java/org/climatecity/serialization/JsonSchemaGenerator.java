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
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.targets.TargetKind;
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
 * ({@link ModelCodecs}), descriptions from the records' javadoc in core's sources, and the bounds a schema can
 * express.
 */
final class JsonSchemaGenerator {

    static final String COMMITTED = "src/main/resources/org/climatecity/serialization/climate-city-1.0.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ModelCodecs CODECS = ModelCodecs.INSTANCE;
    private static final String YEAR = "year";

    /** Bounds of numbers, by Type.component: minimum, maximum, and whether the minimum is exclusive. */
    private static final Map<String, double[]> BOUNDS = new HashMap<>();

    static {
        for (String year : new String[] {"Programme.climateNeutralityYear", "Commitment.baselineYear",
            "Commitment.byYear", "ClimateTarget.targetYear", "Baseline.year", "Milestone.year",
            "EmissionsInventory.year", "ActionPlan.adoptedYear", "Indicator.targetYear", "YearRange.first",
            "YearRange.last", "ScalingStage.startYear"}) {
            BOUNDS.put(year, new double[] {1900, 2200, 0});
        }
        for (String share : new String[] {"ClimateNeutral.residualShare", "NetZero.residualShare",
            "ScalingStage.saturationShare"}) {
            BOUNDS.put(share, new double[] {0, 1, 0});
        }
        for (String percent : new String[] {"Commitment.reductionPercent", "Milestone.reductionPercent",
            "RelativeReduction.percent"}) {
            BOUNDS.put(percent, new double[] {0, 100, 0});
        }
        for (String nonNegative : new String[] {"Baseline.tonnesCo2e", "AbsoluteReduction.tonnesCo2e",
            "FixedLevel.tonnesCo2e", "PerCapitaIntensity.tonnesPerResident", "Jurisdiction.driverValue",
            "Action.expectedAnnualReduction", "EffectEstimate.low", "EffectEstimate.central", "EffectEstimate.high",
            "Population.residents", "PublishedMemberCount.count"}) {
            BOUNDS.put(nonNegative, new double[] {0, Double.NaN, 0});
        }
        BOUNDS.put("Action.rampUpYears", new double[] {1, 100, 0});
        BOUNDS.put("Linear.yearsToSaturation", new double[] {1, 100, 0});
        BOUNDS.put("Step.delayYears", new double[] {0, 100, 0});
        BOUNDS.put("Logistic.midpointYears", new double[] {0, 100, 1});
        BOUNDS.put("Logistic.steepness", new double[] {0, 10, 1});
    }

    private JsonSchemaGenerator() {
    }

    /** Generates the schema as pretty JSON text ending with a line break. */
    static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                com.github.victools.jsonschema.generator.SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule())
                .with(new JakartaValidationModule())
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral()
                .withCustomDefinitionProvider((type, context) -> {
                    ObjectNode leaf = leaf(type.getErasedType());
                    if (leaf != null) {
                        return new CustomDefinition(leaf, CustomDefinition.DefinitionType.INLINE,
                                CustomDefinition.AttributeInclusion.NO);
                    }
                    UnionCodec<?> union = union(type.getErasedType());
                    if (union == null) {
                        return null;
                    }
                    ObjectNode node = JSON.createObjectNode();
                    node.put("type", "object");
                    node.put("description", summary(type.getErasedType()) + " The property \"type\" names the kind.");
                    ArrayNode oneOf = node.putArray("oneOf");
                    union.subtypes().values().forEach(codec -> oneOf.add(
                            context.createDefinitionReference(context.getTypeContext().resolve(codec.type))));
                    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                            CustomDefinition.AttributeInclusion.NO);
                })
                .withTypeAttributeOverride((node, scope, context) -> addTypeName(node,
                        scope.getType().getErasedType()))
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
                .withArrayMinItemsResolver(field -> field.isFakeContainerItemScope() ? null
                        : ModelCodecs.NON_EMPTY.contains(key(field))
                        ? Integer.valueOf(key(field).equals("CountryGroupArea.countries") ? 2 : 1) : null)
                .withArrayUniqueItemsResolver(field -> field.isFakeContainerItemScope() ? null
                        : Set.class.isAssignableFrom(field.getType().getErasedType()) ? Boolean.TRUE : null)
                .withNumberInclusiveMinimumResolver(field -> bound(field, 0, false))
                .withNumberExclusiveMinimumResolver(field -> bound(field, 0, true))
                .withNumberInclusiveMaximumResolver(field -> bound(field, 1, false));
        ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(ProgrammeDocument.class);

        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ClimateCityDocuments.SCHEMA_ID);
        schema.put("title", "climate-city programme document, format version 1.0");
        schema.put("description", summary(ProgrammeDocument.class) + " Properties not described here are allowed:"
                + " newer minor versions add them, and readers keep them.");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode version = properties.putObject("schemaVersion");
        version.put("description", "The format version, MAJOR.MINOR; readers of 1.0 read every 1.x.");
        version.put("type", "string");
        version.put("pattern", "^1\\.(0|[1-9][0-9]*)$");
        properties.setAll((ObjectNode) generated.get("properties"));
        ArrayNode required = schema.putArray("required");
        required.add("schemaVersion");
        required.addAll((ArrayNode) generated.get("required"));
        schema.set("$defs", generated.get("$defs"));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JSON.writer().with(printer).writeValueAsString(schema) + "\n";
    }

    private static @Nullable ObjectNode leaf(Class<?> type) {
        ObjectNode node = JSON.createObjectNode();
        if (type == String.class) {
            return string(node, "\\S", "text, not blank");
        } else if (type == ActorId.class) {
            node.put("maxLength", 64);
            return string(node, "^[a-z0-9]+(-[a-z0-9]+)*$", "an actor id: a slug of lowercase letters and digits"
                    + " in groups joined by single hyphens, at most 64 characters, naming an actor of the document");
        } else if (type == LocalId.class) {
            node.put("maxLength", 64);
            return string(node, "^[a-z0-9]+(-[a-z0-9]+)*$", "a local id: a slug of lowercase letters and digits in"
                    + " groups joined by single hyphens, at most 64 characters");
        } else if (type == MunicipalityCode.class) {
            return string(node, "^[0-9]{4}$", "a Swedish municipality code, 4 digits such as 2081");
        } else if (type == CountyCode.class) {
            return string(node, "^[0-9]{2}$", "a Swedish county code, 2 digits such as 20");
        } else if (type == CountryCode.class) {
            return string(node, "^[A-Z]{2}$", "an assigned ISO 3166-1 alpha-2 country code such as SE");
        } else if (type == OrganisationNumber.class) {
            return string(node, "^[0-9]{6}-?[0-9]{4}$", "a Swedish organisation number NNNNNN-NNNN with a valid"
                    + " Luhn check digit");
        } else if (type == NutsCode.class) {
            return string(node, "^[A-Z]{2}[A-Z0-9]{0,3}$", "a NUTS code such as SE312");
        } else if (type == LauCode.class) {
            return string(node, "^[A-Z]{2}:[A-Z0-9-]{1,12}$", "a LAU code COUNTRY:CODE such as SE:2081");
        } else if (type == LocalDate.class) {
            node.put("format", "date");
            return string(node, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "an ISO-8601 calendar date such as 2024-12-01");
        } else if (type == Currency.class) {
            return string(node, "^[A-Z]{3}$", "an ISO 4217 currency code such as SEK");
        } else if (type == BigDecimal.class) {
            node.put("description", "a decimal amount of plain digits, best written as a string such as"
                    + " \"12500000\" so no tool loses precision");
            ArrayNode types = node.putArray("type");
            types.add("string");
            types.add("number");
            node.put("pattern", ScalarCodecs.DECIMAL_PATTERN);
            return node;
        } else if (type == EmissionsSector.class) {
            node.put("description", "an emissions sector id: a Swedish national main sector (se:) or a GHG"
                    + " Protocol GPC sector (gpc:)");
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            EmissionsSector.allIds().forEach(values::add);
            return node;
        } else if (type.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            ((ScalarCodecs.Named<?>) CODECS.codec(type)).allowed().forEach(values::add);
            return node;
        }
        return null;
    }

    private static ObjectNode string(ObjectNode node, String pattern, String description) {
        node.put("type", "string");
        node.put("pattern", pattern);
        node.put("description", description);
        return node;
    }

    private static @Nullable UnionCodec<?> union(Class<?> type) {
        if (type == Actor.class) {
            return CODECS.actor;
        } else if (type == Geography.class) {
            return CODECS.geography;
        } else if (type == TargetKind.class) {
            return CODECS.targetKind;
        } else if (type == AdoptionCurve.class) {
            return CODECS.adoptionCurve;
        }
        return null;
    }

    /** Puts the {@code "type"} discriminator first into the definition of a subtype of a sealed type. */
    private static void addTypeName(ObjectNode node, Class<?> type) {
        for (UnionCodec<?> union : new UnionCodec<?>[] {CODECS.actor, CODECS.geography, CODECS.targetKind,
            CODECS.adoptionCurve}) {
            for (Map.Entry<String, ? extends RecordCodec<?>> subtype : union.subtypes().entrySet()) {
                if (subtype.getValue().type == type && node.has("properties")) {
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

    private static String key(FieldScope field) {
        return field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getDeclaredName();
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
        double[] bounds = BOUNDS.get(key(field));
        if (bounds == null || Double.isNaN(bounds[which]) || (which == 0 && (bounds[2] == 1) != exclusive)) {
            return null;
        }
        return BigDecimal.valueOf((long) bounds[which]);
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
            Path source = Path.of("../core/src/main/java", top.getName().replace('.', '/') + ".java");
            String text;
            try {
                text = Files.readString(source);
            } catch (IOException e) {
                throw new UncheckedIOException("core sources are needed to describe the schema", e);
            }
            Matcher matcher = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
                    + "(?:public\\s+)?(?:static\\s+)?(?:sealed\\s+)?(?:record|interface)\\s+" + t.getSimpleName()
                    + "\\b", Pattern.DOTALL)
                    .matcher(text);
            return matcher.find() ? clean(matcher.group(1)) : "";
        });
    }

    private static String clean(String comment) {
        String text = comment.replaceAll("(?m)^\\s*\\*\\s?", "").replaceAll("\\s+", " ").trim();
        text = text.replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1");
        text = text.replaceAll("\\{@link(?:plain)? (?:[\\w.#]+ )?([^}]*)}", "$1");
        text = text.replaceAll("<[^>]+>", "");
        return text;
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
