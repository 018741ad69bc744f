package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of invalid documents, each with exactly the problems (pointer and code) a read must report. */
class InvalidDocumentsTest {

    /** A small valid document; the cases below change one or more of its parts. Single quotes stand for double. */
    static final String VALID = """
            {'schemaVersion': '1.0',
             'actors': [
              {'type': 'municipality', 'id': 'borlange', 'name': 'Borlänge', 'country': 'SE',
               'identifiers': ['se-kommun:2081']},
              {'type': 'municipality', 'id': 'avesta', 'name': 'Avesta', 'country': 'SE',
               'identifiers': ['se-kommun:2084']}],
             'programmes': [{'name': 'Viable Cities', 'climateNeutralityYear': 2030,
              'members': [{'member': 'borlange', 'period': {'start': '2021-01-01'}}]}],
             'initiatives': [{'id': 'klimatneutrala-borlange', 'name': 'Klimatneutrala Borlänge',
              'leadCity': 'borlange',
              'scopes': [{'from': '2021-01-01', 'geography': {'type': 'municipality', 'code': '2081'}}],
              'twinPairings': [{'pilotCity': 'borlange', 'twinCity': 'avesta', 'since': '2024-12-01'}],
              'partnerships': [{'partner': 'avesta', 'roles': [{'role': 'supporting',
                 'period': {'start': '2021-01-01', 'end': '2024-12-01'}}]}]}]}
            """;

    /** The county of Dalarna, a territory, to add to the actors. */
    static final String DALARNA = "{'type': 'territory', 'id': 'dalarnas-lan', 'name': 'Dalarnas län',"
            + " 'territoryKind': 'county', 'country': 'SE', 'identifiers': ['se-lan:20']}";

    /** Region Dalarna serving the county of Dalarna, to add to the actors after {@link #DALARNA}. */
    static final String REGION = "{'type': 'regional-authority', 'id': 'region-dalarna', 'name': 'Region Dalarna',"
            + " 'country': 'SE', 'place': 'dalarnas-lan', 'area': 'se-lan:20'}";

    /** SSAB with its Swedish organisation number, to add to the actors. */
    static final String COMPANY = "{'type': 'company', 'id': 'ssab', 'name': 'SSAB', 'level': 'local',"
            + " 'country': 'SE', 'identifiers': ['se-orgnr:556016-3429']}";

    /** An indicator without its closing brace, to which cases add properties. */
    static final String INDICATOR = "{'id': 'ev-share', 'name': 'electric cars', 'unit': '%',"
            + " 'direction': 'higher-is-better'";

    /** An action without its status and closing brace, to which cases add properties. */
    static final String ACTION = "{'id': 'hubs', 'title': 'Mobility hubs', 'field': 'mobility-and-transport',"
            + " 'responsible': 'borlange', 'period': {'first': 2025, 'last': 2029}, 'expectedAnnualReduction': 0,"
            + " 'rampUpYears': 1";

    /** An action plan of one planned action, to put before the initiative's partnerships. */
    static final String PLANNED_ACTION = "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'],"
            + " 'actions': [" + ACTION + ", 'status': 'planned'}]}], ";

    /** A funding source of 100 SEK, to put after {@link #PLANNED_ACTION}. */
    static final String FUNDING = "'fundingSources': [{'id': 'grant', 'name': 'Grant', 'instrument': 'grant',"
            + " 'status': 'secured', 'amount': {'amount': '100', 'currency': 'SEK'}}]";

    /** A climate target of Borlänge, to put in the initiative's targets. */
    static final String TARGET = "{'id': 'neutral-2030', 'name': 'Climate neutral 2030', 'owners': ['borlange'],"
            + " 'kind': {'type': 'climate-neutral', 'residualShare': 0.15}, 'boundary': 'territorial',"
            + " 'gasBasis': {'coverage': 'all-ghg', 'gwp': 'ar5'}, 'targetYear': 2030, 'pathway': 'linear'}";

    /** The data sources of a document: SMHI's emissions database, with the id {@code smhi}. */
    static final String SMHI = "'dataSources': [{'id': 'smhi', 'publisher': 'SMHI',"
            + " 'name': 'Nationella emissionsdatabasen'}]";

    /** The inventories of a document: one, whose provenance names a source. */
    static String inventory(String source) {
        return "'inventories': [{'owner': 'borlange', 'year': 2023, 'boundary': 'territorial',"
                + " 'gasBasis': {'coverage': 'all-ghg', 'gwp': 'ar5'}, 'provenance': {'kind': 'official-statistics',"
                + " 'source': " + source + "}, 'reportedTotal': 1000}]";
    }

    /** The valid document with an inventory naming a source, then a further root property (data sources last). */
    static String withInventory(String source, String last) {
        return change("'end': '2024-12-01'}}]}]}]}", "'end': '2024-12-01'}}]}]}], " + inventory(source) + ", "
                + last + "}");
    }

    /** A scenario of Borlänge from 2023 without its closing brace, to which cases add properties. */
    static final String SCENARIO = "{'id': 'bau', 'name': 'Business as usual', 'owner': 'borlange',"
            + " 'kind': 'business-as-usual', 'baseYear': 2023, 'boundary': 'territorial'";

    /** Borlänge's inventory of 2023 with waste and domestic transport and its data source, to put after the initiatives. */
    static final String INVENTORY = "'inventories': [{'owner': 'borlange', 'year': 2023, 'boundary': 'territorial',"
            + " 'gasBasis': {'coverage': 'all-ghg', 'gwp': 'ar5'}, 'provenance': {'kind': 'official-statistics',"
            + " 'source': 'smhi'}, 'entries': ["
            + "{'sector': 'se:waste', 'tonnesCo2e': 4622.04}, {'sector': 'se:domestic-transport',"
            + " 'tonnesCo2e': 62729.70}]}], " + SMHI;

    /** An effect in tonnes on one sector, with more properties after it. */
    static String effect(String sector, String more) {
        return "{'basis': 'tonnes', 'reductions': [{'year': 2026, 'low': 10, 'central': 20, 'high': 40}],"
                + " 'sectors': ['" + sector + "']" + more + "}";
    }

    static String allocation(String source, int year, int amount) {
        return "{'source': '" + source + "', 'action': 'hubs', 'year': " + year + ", 'amount': {'amount': '" + amount
                + "', 'currency': 'SEK'}}";
    }

    private final ClimateCityDocuments documents = ClimateCityDocuments.defaults();

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static String change(String from, String to) {
        String valid = json(VALID);
        String target = json(from);
        if (!valid.contains(target)) {
            throw new IllegalArgumentException("not in the valid document: " + target);
        }
        return valid.replace(target, json(to));
    }

    /** Applies several changes, each a pair of fragments {@code from, to}: the first occurrence of each must exist. */
    static String changes(String... fromTo) {
        String document = json(VALID);
        for (int i = 0; i < fromTo.length; i += 2) {
            String target = json(fromTo[i]);
            int at = document.indexOf(target);
            if (at < 0) {
                throw new IllegalArgumentException("not in the document: " + target);
            }
            document = document.substring(0, at) + json(fromTo[i + 1]) + document.substring(at + target.length());
        }
        return document;
    }

    @Test
    void theBaseDocumentIsValid() {
        assertThat(documents.read(json(VALID)).document().actors()).hasSize(2);
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("wrong type", change("'climateNeutralityYear': 2030", "'climateNeutralityYear': '2030'"),
                        List.of("/programmes/0/climateNeutralityYear wrong-type")),
                Arguments.of("null", change("'leadCity': 'borlange'", "'leadCity': null"),
                        List.of("/initiatives/0/leadCity wrong-type")),
                Arguments.of("malformed code", change("'se-kommun:2084'", "'se-kommun:208'"),
                        List.of("/actors/1/identifiers/0 invalid-value")),
                Arguments.of("malformed id", change("'id': 'avesta'", "'id': 'Avesta Kommun'"),
                        List.of("/actors/1/id invalid-value")),
                Arguments.of("malformed date", change("'since': '2024-12-01'", "'since': '2024-02-30'"),
                        List.of("/initiatives/0/twinPairings/0/since invalid-value")),
                Arguments.of("unknown enum", change("'role': 'supporting'", "'role': 'boss'"),
                        List.of("/initiatives/0/partnerships/0/roles/0/role unknown-enum")),
                Arguments.of("unknown type", change("'type': 'municipality', 'id': 'avesta'",
                        "'type': 'city', 'id': 'avesta'"), List.of("/actors/1/type unknown-type")),
                Arguments.of("class name as type", change("'type': 'municipality', 'id': 'avesta'",
                        "'type': 'org.climatecity.core.actor.Municipality', 'id': 'avesta'"),
                        List.of("/actors/1/type unknown-type")),
                Arguments.of("missing property", change("'name': 'Avesta', ", ""),
                        List.of("/actors/1/name missing-property")),
                Arguments.of("missing type", change("'type': 'municipality', 'id': 'avesta'", "'id': 'avesta'"),
                        List.of("/actors/1/type missing-property")),
                Arguments.of("type not first", change("'type': 'municipality', 'id': 'avesta', 'name': 'Avesta'",
                        "'id': 'avesta', 'name': 'Avesta', 'type': 'municipality', 'extra': 1, 'code2': 2"),
                        List.of()),
                Arguments.of("type not first, bad value", changes(
                        "'type': 'municipality', 'id': 'avesta', 'name': 'Avesta',",
                        "'id': 'avesta', 'name': 'Avesta',",
                        "['se-kommun:2084']}", "['se-kommun:20'], 'type': 'municipality'}"),
                        List.of("/actors/1/identifiers/0 invalid-value")),
                Arguments.of("empty required list", change(
                        "'scopes': [{'from': '2021-01-01', 'geography': {'type': 'municipality', 'code': '2081'}}]",
                        "'scopes': []"), List.of("/initiatives/0 invalid-value")),
                Arguments.of("rule of a value", change("'end': '2024-12-01'", "'end': '2020-12-01'"),
                        List.of("/initiatives/0/partnerships/0/roles/0/period invalid-value")),
                Arguments.of("whole number too large", change("2030", "20300000000"),
                        List.of("/programmes/0/climateNeutralityYear invalid-value")),
                Arguments.of("decimal for whole number", change("2030", "2030.0"),
                        List.of("/programmes/0/climateNeutralityYear wrong-type")),
                Arguments.of("duplicate key", change("'id': 'avesta'", "'id': 'avesta', 'id': 'avesta'"),
                        List.of("/actors/1/id duplicate-key")),
                Arguments.of("duplicate unknown key", change("'id': 'avesta'", "'id': 'avesta', 'x': 1, 'x': 2"),
                        List.of("/actors/1/x duplicate-key")),
                Arguments.of("array for object", change("'period': {'start': '2021-01-01'}", "'period': []"),
                        List.of("/programmes/0/members/0/period wrong-type")),
                Arguments.of("unknown actor reference", change("'twinCity': 'avesta'", "'twinCity': 'avesta2'"),
                        List.of("/initiatives/0/twinPairings/0/twinCity known-actors")),
                Arguments.of("own twin", change("'twinCity': 'avesta'", "'twinCity': 'borlange'"),
                        List.of("/initiatives/0/twinPairings/0/twinCity distinct-twin-cities")),
                Arguments.of("shared target owned by both twins", change("'since': '2024-12-01'}],",
                        "'since': '2024-12-01', 'sharedTargets': ['neutral-2030']}], 'targets': ["
                                + TARGET.replace("['borlange']", "['borlange', 'avesta']") + "],"), List.of()),
                Arguments.of("shared target the twin city does not own", change("'since': '2024-12-01'}],",
                        "'since': '2024-12-01', 'sharedTargets': ['neutral-2030']}], 'targets': [" + TARGET + "],"),
                        List.of("/initiatives/0/twinPairings/0/sharedTargets/0 twin-shared-targets")),
                Arguments.of("inventory figures whose sum overflows", change("'end': '2024-12-01'}}]}]}]}",
                        "'end': '2024-12-01'}}]}]}], 'inventories': [{'owner': 'borlange', 'year': 2023,"
                                + " 'boundary': 'territorial', 'gasBasis': {'coverage': 'all-ghg', 'gwp': 'ar5'},"
                                + " 'provenance': {'kind': 'official-statistics', 'source': 'smhi'}, 'entries': ["
                                + "{'sector': 'se:waste', 'tonnesCo2e': 1.7e308},"
                                + " {'sector': 'se:industry', 'tonnesCo2e': 1.7e308}]}], " + SMHI + "}"),
                        List.of("/inventories/0/entries/1/tonnesCo2e finite-totals")),
                Arguments.of("data sources declared after the references to them", withInventory("'smhi'", SMHI),
                        List.of()),
                Arguments.of("data source not declared", withInventory("'smi'", SMHI),
                        List.of("/inventories/0/provenance/source unknown-reference")),
                Arguments.of("data source not declared, read before the data sources",
                        changes("{'schemaVersion': '1.0',", "{'schemaVersion': '1.0', " + SMHI + ",",
                                "'end': '2024-12-01'}}]}]}]}", "'end': '2024-12-01'}}]}]}], " + inventory("'smi'")
                                        + "}"),
                        List.of("/inventories/0/provenance/source unknown-reference")),
                Arguments.of("no data sources", withInventory("'smhi'", "'x-note': 'none'"),
                        List.of("/inventories/0/provenance/source unknown-reference")),
                Arguments.of("data source written in full", withInventory("{'publisher': 'SMHI',"
                        + " 'name': 'Nationella emissionsdatabasen'}", SMHI),
                        List.of("/inventories/0/provenance/source wrong-type")),
                Arguments.of("data source id declared twice", withInventory("'smhi'", SMHI.replace("}]",
                        "}, {'id': 'smhi', 'publisher': 'SCB', 'name': 'Befolkningsstatistik'}]")),
                        List.of("/dataSources/1 invalid-value")),
                Arguments.of("data source declared under two ids", withInventory("'smhi'", SMHI.replace("}]",
                        "}, {'id': 'smhi-again', 'publisher': 'SMHI', 'name': 'Nationella emissionsdatabasen'}]")),
                        List.of("/dataSources/1 invalid-value")),
                Arguments.of("data source without an id", withInventory("'smhi'", SMHI.replace("'id': 'smhi', ",
                        "")), List.of("/dataSources/0/id missing-property",
                                "/inventories/0/provenance/source unknown-reference")),
                Arguments.of("data source that fails to bind", withInventory("'smhi'", SMHI.replace("'SMHI'",
                        "' '")), List.of("/dataSources/0/publisher invalid-value")),
                Arguments.of("data sources not a list", withInventory("'smhi'", "'dataSources': {'smhi': 1}"),
                        List.of("/dataSources wrong-type", "/inventories/0/provenance/source unknown-reference")),
                Arguments.of("scenario without its base inventory", change("'end': '2024-12-01'}}]}]}]}",
                        "'end': '2024-12-01'}}]}]}], 'scenarios': [" + SCENARIO + "}]}"),
                        List.of("/scenarios/0/baseYear scenario-base-inventories")),
                Arguments.of("scenario including an unknown action", change("'end': '2024-12-01'}}]}]}]}",
                        "'end': '2024-12-01'}}]}]}], " + INVENTORY + ", 'scenarios': [" + SCENARIO
                                + ", 'actions': ['nothing']}]}"),
                        List.of("/scenarios/0/actions/0 known-local-ids")),
                Arguments.of("effect on a sector the owner's inventories lack", changes("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': [" + ACTION
                                + ", 'status': 'planned', 'effect': " + effect("se:agriculture", "") + "}]}],"
                                + " 'partnerships':",
                        "'end': '2024-12-01'}}]}]}]}", "'end': '2024-12-01'}}]}]}], " + INVENTORY + "}"),
                        List.of("/initiatives/0/actionPlans/0/actions/0/effect/sectors/0 action-sectors")),
                Arguments.of("effect additional to an action without an effect", change("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': [" + ACTION
                                + ", 'status': 'planned'}, " + ACTION.replace("'hubs'", "'lanes'")
                                + ", 'status': 'planned', 'effect': " + effect("se:domestic-transport",
                                        ", 'additionalTo': ['hubs']") + "}]}], 'partnerships':"),
                        List.of("/initiatives/0/actionPlans/0/actions/1/effect/additionalTo/0 stated-overlaps")),
                Arguments.of("effect additional to an unknown action", change("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': [" + ACTION
                                + ", 'status': 'planned', 'effect': " + effect("se:domestic-transport",
                                        ", 'additionalTo': ['nothing']") + "}]}], 'partnerships':"),
                        List.of("/initiatives/0/actionPlans/0/actions/0/effect/additionalTo/0 known-local-ids")),
                Arguments.of("two actions of a scenario cutting one sector in tonnes", changes("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': [" + ACTION
                                + ", 'status': 'planned', 'effect': " + effect("se:domestic-transport", "") + "}, "
                                + ACTION.replace("'hubs'", "'lanes'") + ", 'status': 'planned', 'effect': "
                                + effect("se:domestic-transport", "") + "}]}], 'partnerships':",
                        "'end': '2024-12-01'}}]}]}]}", "'end': '2024-12-01'}}]}]}], " + INVENTORY
                                + ", 'scenarios': [" + SCENARIO + ", 'actions': ['hubs', 'lanes']}]}"),
                        List.of("/scenarios/0/actions/1 stated-overlaps")),
                Arguments.of("effect whose low is above its central", change("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': [" + ACTION
                                + ", 'status': 'planned', 'effect': " + effect("se:domestic-transport", "")
                                        .replace("'low': 10", "'low': 30") + "}]}], 'partnerships':"),
                        List.of("/initiatives/0/actionPlans/0/actions/0/effect/reductions/0 invalid-value")),
                Arguments.of("pathway naming an unknown indicator", change("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': [" + ACTION
                                + ", 'status': 'planned'}]}], 'indicators': [" + INDICATOR + "}], 'pathways': [{'id':"
                                + " 'p', 'action': 'hubs', 'outputs': [{'description': 'hubs built', 'indicator':"
                                + " 'ev-share'}], 'impacts': [{'description': 'cleaner air', 'indicator':"
                                + " 'air'}]}], 'partnerships':"),
                        List.of("/initiatives/0/pathways/0/impacts/0/indicator known-local-ids")),
                Arguments.of("six mistakes", json(VALID)
                        .replace("\"climateNeutralityYear\": 2030", "\"climateNeutralityYear\": \"2030\"")
                        .replace("\"se-kommun:2084\"", "\"se-kommun:208\"")
                        .replace("\"role\": \"supporting\"", "\"role\": \"boss\"")
                        .replace("\"name\": \"Avesta\", ", "")
                        .replace("\"since\": \"2024-12-01\"", "\"since\": \"yesterday\"")
                        .replace("\"type\": \"municipality\", \"code\": \"2081\"", "\"type\": \"town\""),
                        List.of("/actors/1/name missing-property", "/actors/1/identifiers/0 invalid-value",
                                "/programmes/0/climateNeutralityYear wrong-type",
                                "/initiatives/0/scopes/0/geography/type unknown-type",
                                "/initiatives/0/twinPairings/0/since invalid-value",
                                "/initiatives/0/partnerships/0/roles/0/role unknown-enum")),
                Arguments.of("blank name", change("'name': 'Avesta'", "'name': ' \\t'"),
                        List.of("/actors/1/name invalid-value")),
                Arguments.of("name of a no-break space", change("'name': 'Avesta'", "'name': '\\u00a0'"),
                        List.of("/actors/1/name invalid-value")),
                Arguments.of("name of an ideographic space and a unit separator", change("'name': 'Avesta'",
                        "'name': '\\u3000\\u001f'"), List.of("/actors/1/name invalid-value")),
                Arguments.of("date with year 0", change("'since': '2024-12-01'", "'since': '0000-12-01'"),
                        List.of("/initiatives/0/twinPairings/0/since invalid-value")),
                Arguments.of("date with a five-digit year", change("'since': '2024-12-01'",
                        "'since': '+10000-12-01'"), List.of("/initiatives/0/twinPairings/0/since invalid-value")),
                Arguments.of("date with a negative year", change("'since': '2024-12-01'", "'since': '-2024-12-01'"),
                        List.of("/initiatives/0/twinPairings/0/since invalid-value")),
                Arguments.of("lone surrogate", change("'name': 'Avesta'", "'name': 'Ave\\ud800sta'"),
                        List.of("/actors/1/name invalid-encoding")),
                Arguments.of("lone low surrogate in an unknown property", change("'id': 'avesta'",
                        "'id': 'avesta', 'x': {'y': ['ok \\ud83d\\ude00', '\\udc00']}"),
                        List.of("/actors/1/x/y/1 invalid-encoding")),
                Arguments.of("four mistakes, one of them a rule's", changes("'se-kommun:2084'", "'se-kommun:208'",
                        "'since': '2024-12-01'", "'since': '2024-02-30'",
                        "'name': 'Klimatneutrala Borlänge'", "'name': 42",
                        "'member': 'borlange'", "'member': 'sala'"),
                        List.of("/actors/1/identifiers/0 invalid-value", "/programmes/0/members/0/member known-actors",
                                "/initiatives/0/name wrong-type",
                                "/initiatives/0/twinPairings/0/since invalid-value")),
                Arguments.of("a rule broken after an element that failed", changes("'se-kommun:2081'",
                        "'se-kommun:208'", "'se-kommun:2084'", "'se-kommun:9999'"),
                        List.of("/actors/0/identifiers/0 invalid-value",
                                "/actors/1/identifiers/0 known-region-codes")),
                Arguments.of("region as a member of a programme of municipalities", changes(
                        "['se-kommun:2084']}]", "['se-kommun:2084']}, " + DALARNA + "]",
                        "'members': [", "'members': [{'member': 'dalarnas-lan', 'period': {'start': '2021-10-01'}}, "),
                        List.of("/programmes/0/members/0/member referenced-actor-kinds")),
                Arguments.of("region as a member and lead of a regional programme", changes(
                        "['se-kommun:2084']}]", "['se-kommun:2084']}, " + DALARNA + ", " + REGION + "]",
                        "'climateNeutralityYear': 2030,", "'climateNeutralityYear': 2030, 'memberLevel': 'regional',",
                        "'members': [", "'members': [{'member': 'dalarnas-lan', 'period': {'start': '2021-10-01'}}, ",
                        "'leadCity': 'borlange'", "'leadCity': 'region-dalarna'"), List.of()),
                Arguments.of("company as a member of a regional programme", changes(
                        "['se-kommun:2084']}]", "['se-kommun:2084']}, " + COMPANY + "]",
                        "'climateNeutralityYear': 2030,", "'climateNeutralityYear': 2030, 'memberLevel': 'regional',",
                        "'member': 'borlange'", "'member': 'ssab'"),
                        List.of("/programmes/0/members/0/member referenced-actor-kinds")),
                Arguments.of("region leading an initiative without a regional programme", changes(
                        "['se-kommun:2084']}]", "['se-kommun:2084']}, " + REGION + "]",
                        "'leadCity': 'borlange'", "'leadCity': 'region-dalarna'"),
                        List.of("/initiatives/0/leadCity referenced-actor-kinds", "/actors/2/place known-actors")),
                Arguments.of("regional authority serving a company", change("['se-kommun:2084']}]",
                        "['se-kommun:2084']}, " + COMPANY + ", " + REGION.replace("dalarnas-lan", "ssab") + "]"),
                        List.of("/actors/3/place referenced-actor-kinds")),
                Arguments.of("regional authority serving neither place nor area", change("['se-kommun:2084']}]",
                        "['se-kommun:2084']}, "
                                + REGION.replace(", 'place': 'dalarnas-lan', 'area': 'se-lan:20'", "") + "]"),
                        List.of("/actors/2 invalid-value")),
                Arguments.of("county administrative board serving a county code of no county", change(
                        "['se-kommun:2084']}]", "['se-kommun:2084']}, {'type': 'county-administrative-board',"
                                + " 'id': 'board', 'name': 'Board', 'country': 'SE', 'area': 'se-lan:11'}]"),
                        List.of("/actors/2/area known-region-codes")),
                Arguments.of("regional administration of another country, checked for shape only", change(
                        "['se-kommun:2084']}]", "['se-kommun:2084']}, {'type': 'county-administrative-board',"
                                + " 'id': 'regierung', 'name': 'Regierung von Oberbayern', 'country': 'DE',"
                                + " 'area': 'nuts:DE21'}, {'type': 'municipality', 'id': 'muenchen', 'name': 'München',"
                                + " 'country': 'DE', 'identifiers': ['lau:DE:09162000']}]"), List.of()),
                Arguments.of("company with an LEI of wrong check digits", change("['se-kommun:2084']}]",
                        "['se-kommun:2084']}, " + COMPANY.replace("'se-orgnr:556016-3429'",
                                "'lei:5299000TESTLEI00AB74'") + "]"),
                        List.of("/actors/2/identifiers/0 invalid-value")),
                Arguments.of("company with a VAT number out of shape", change("['se-kommun:2084']}]",
                        "['se-kommun:2084']}, " + COMPANY.replace("'se-orgnr:556016-3429'", "'vat:SE5560163429'")
                                + "]"), List.of("/actors/2/identifiers/0 invalid-value")),
                Arguments.of("company with an area as identifier", change("['se-kommun:2084']}]",
                        "['se-kommun:2084']}, " + COMPANY.replace("'se-orgnr:556016-3429'", "'nuts:SE312'") + "]"),
                        List.of("/actors/2 invalid-value")),
                Arguments.of("a required list whose only element failed", change(
                        "'geography': {'type': 'municipality', 'code': '2081'}", "'geography': {'type': 'town'}"),
                        List.of("/initiatives/0/scopes/0/geography/type unknown-type")),
                Arguments.of("a reference to an actor whose type is unknown", change(
                        "'type': 'municipality', 'id': 'avesta'", "'type': 'town', 'id': 'avesta'"),
                        List.of("/actors/1/type unknown-type")),
                Arguments.of("identifier of another country", change("['se-kommun:2084']",
                        "['se-kommun:2084', 'lau:DE:09162000']"), List.of("/actors/1 invalid-value")),
                Arguments.of("identifier of two places", change("['se-kommun:2084']", "['se-kommun:2081']"),
                        List.of("/actors/1/identifiers/0 consistent-places")),
                Arguments.of("places part of each other", changes("['se-kommun:2081']",
                        "['se-kommun:2081'], 'partOf': 'avesta'", "['se-kommun:2084']",
                        "['se-kommun:2084'], 'partOf': 'borlange'"),
                        List.of("/actors/0/partOf consistent-places", "/actors/1/partOf consistent-places")),
                Arguments.of("part of an unknown place", change("['se-kommun:2084']",
                        "['se-kommun:2084'], 'partOf': 'dalarnas-lan'"), List.of("/actors/1/partOf known-actors")),
                Arguments.of("group of countries with a country", change("{'type': 'municipality', 'id': 'avesta'",
                        "{'type': 'territory', 'id': 'eu', 'name': 'EU', 'territoryKind': 'country-group',"
                                + " 'country': 'SE'}, {'type': 'municipality', 'id': 'avesta'"),
                        List.of("/actors/1 invalid-value")),
                Arguments.of("indicator tracking an unknown action", change("'leadCity': 'borlange',",
                        "'leadCity': 'borlange', 'indicators': [" + INDICATOR + ", 'trackedAction': 'nothing'}],"),
                        List.of("/initiatives/0/indicators/0/trackedAction known-local-ids")),
                Arguments.of("indicator owned by an unknown actor", change("'leadCity': 'borlange',",
                        "'leadCity': 'borlange', 'indicators': [" + INDICATOR + ", 'owner': 'falun'}],"),
                        List.of("/initiatives/0/indicators/0/owner known-actors")),
                Arguments.of("indicator tracking an action and a target", change("'leadCity': 'borlange',",
                        "'leadCity': 'borlange', 'indicators': [" + INDICATOR + ", 'trackedAction': 'a',"
                                + " 'trackedTarget': 't'}],"),
                        List.of("/initiatives/0/indicators/0 invalid-value")),
                Arguments.of("indicator with an unknown direction", change("'leadCity': 'borlange',",
                        "'leadCity': 'borlange', 'indicators': ["
                                + INDICATOR.replace("higher-is-better", "up") + "}],"),
                        List.of("/initiatives/0/indicators/0/direction unknown-enum")),
                Arguments.of("observation without status", change("'leadCity': 'borlange',",
                        "'leadCity': 'borlange', 'indicators': [" + INDICATOR
                                + ", 'observations': [{'period': {'first': 2022, 'last': 2022}, 'value': 51.9}]}],"),
                        List.of("/initiatives/0/indicators/0/observations/0/status missing-property")),
                Arguments.of("indicator id used twice", change("'leadCity': 'borlange',",
                        "'leadCity': 'borlange', 'indicators': [" + INDICATOR + "}, " + INDICATOR + "}],"),
                        List.of("/initiatives/0/indicators/1/id unique-ids")),
                Arguments.of("status that is not the latest change's", change("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': ["
                                + ACTION + ", 'status': 'planned', 'statusHistory': [{'date': '2025-03-12',"
                                + " 'status': 'approved'}]}]}], 'partnerships':"),
                        List.of("/initiatives/0/actionPlans/0/actions/0 invalid-value")),
                Arguments.of("status change with an unknown status", change("'partnerships':",
                        "'actionPlans': [{'id': 'plan', 'name': 'Plan', 'owners': ['borlange'], 'actions': ["
                                + ACTION + ", 'status': 'delayed', 'statusHistory': [{'date': '2025-03-12',"
                                + " 'status': 'late'}]}]}], 'partnerships':"),
                        List.of("/initiatives/0/actionPlans/0/actions/0/statusHistory/0/status unknown-enum")),
                Arguments.of("funding allocated beyond its source's amount", change("'partnerships':",
                        PLANNED_ACTION + FUNDING + ", 'investmentPlans': [{'id': 'ip', 'name': 'IP', 'currency': 'SEK',"
                                + " 'allocations': [" + allocation("grant", 2025, 60) + ", "
                                + allocation("grant", 2026, 60) + "]}], 'partnerships':"),
                        List.of("/initiatives/0/investmentPlans/0/allocations/1 funding-counted-once")),
                Arguments.of("funding allocated twice to one action and year", change("'partnerships':",
                        PLANNED_ACTION + FUNDING + ", 'investmentPlans': [{'id': 'ip', 'name': 'IP', 'currency': 'SEK',"
                                + " 'allocations': [" + allocation("grant", 2025, 10) + ", "
                                + allocation("grant", 2025, 10) + "]}], 'partnerships':"),
                        List.of("/initiatives/0/investmentPlans/0/allocations/1 funding-counted-once")),
                Arguments.of("allocation of an unknown funding source", change("'partnerships':",
                        PLANNED_ACTION + FUNDING + ", 'investmentPlans': [{'id': 'ip', 'name': 'IP', 'currency': 'SEK',"
                                + " 'allocations': [" + allocation("loan", 2025, 10) + "]}], 'partnerships':"),
                        List.of("/initiatives/0/investmentPlans/0/allocations/0/source known-local-ids")),
                Arguments.of("programme support stating the amount of its funding source", changes(
                        "'partnerships':", PLANNED_ACTION + FUNDING + ", 'partnerships':",
                        "'members':", "'support': [{'recipient': 'borlange', 'kind': 'funding',"
                                + " 'description': 'pilots', 'amount': {'amount': '100', 'currency': 'SEK'},"
                                + " 'funding': 'grant'}], 'members':"),
                        List.of("/programmes/0/support/0/amount funding-counted-once")),
                Arguments.of("a role other than funder naming funding", change("'role': 'supporting',",
                        "'role': 'supporting', 'funding': ['grant'],"),
                        List.of("/initiatives/0/partnerships/0/roles/0 invalid-value")),
                Arguments.of("contract round committing to an unknown target", change("'partnerships':",
                        "'contractRounds': [{'year': 2024, 'signatories': ['borlange'], 'commitments': [{'party':"
                                + " 'avesta', 'text': 'climate neutral by 2030', 'targets': ['nothing']}]}],"
                                + " 'partnerships':"),
                        List.of("/initiatives/0/contractRounds/0/commitments/0/targets/0 known-local-ids")),
                Arguments.of("contract rounds out of order", change("'partnerships':",
                        "'contractRounds': [{'year': 2024}, {'year': 2023}], 'partnerships':"),
                        List.of("/initiatives/0 invalid-value")),
                Arguments.of("root not an object", "[1, 2]", List.of(" wrong-type")),
                Arguments.of("empty", "  ", List.of(" syntax")),
                Arguments.of("trailing content", json(VALID) + " {}", List.of(" trailing-content")),
                Arguments.of("NaN", change("2030", "NaN"), List.of("/programmes/0/climateNeutralityYear syntax")),
                Arguments.of("syntax error", change("'name': 'Avesta', ", "'name': 'Avesta' "),
                        List.of("/actors/1/name syntax")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void reportsExactlyTheExpectedProblems(String name, String document, List<String> expected) {
        if (expected.isEmpty()) {
            assertThat(documents.read(document).document()).isNotNull();
            return;
        }
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> documents.read(document));
        assertThat(e).as("read of '%s' must fail", name).isNotNull();
        assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void aRuleBrokenAfterAnElementThatFailedNamesTheElementsAsTheSourceHasThem() {
        String document = changes("['se-kommun:2084']}]", "['se-kommun:2084']},"
                + " {'type': 'municipality', 'id': 'avesta', 'name': 'Avesta again', 'country': 'SE',"
                + " 'identifiers': ['se-kommun:2084']}]",
                "'se-kommun:2081'", "'se-kommun:208'");
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> documents.read(document));
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.pointer() + " " + p.code() + ": " + p.message())
                .containsExactly("4 /actors/0/identifiers/0 invalid-value: municipality code must be 4 digits,"
                        + " was '208'",
                        "6 /actors/2/id unique-ids: actor id 'avesta' must be unique in the document, already used"
                                + " by actors[1]");
    }

    @Test
    void aMessageThatNamesAnotherElementNamesItAsTheSourceHasIt() {
        String scope = "{'from': '2021-01-01', 'geography': {'type': 'municipality', 'code': '2081'}}";
        String document = changes("'scopes': [" + scope + "]", "'scopes': ["
                + "{'from': '2019-01-01', 'geography': {'type': 'town'}}, " + scope + ", "
                + scope.replace("2021-01-01", "2020-06-01") + "]");
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> documents.read(document));
        assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code() + ": " + p.message()).containsExactly(
                "/initiatives/0/scopes/0/geography/type unknown-type: geography type must be one of municipality,"
                        + " county, lau, nuts, country, country-group, was 'town'",
                "/initiatives/0/scopes/2/from ordered-scopes: scopes must start in strictly increasing date order,"
                        + " 2020-06-01 is not after 2021-01-01 of scopes[1]");
    }

    @Test
    void aSharedTargetATwinDoesNotOwnIsReportedWithTheRulesMessage() {
        String document = change("'since': '2024-12-01'}],",
                "'since': '2024-12-01', 'sharedTargets': ['neutral-2030']}], 'targets': [" + TARGET + "],");
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> documents.read(document));
        assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code() + ": " + p.message()).containsExactly(
                "/initiatives/0/twinPairings/0/sharedTargets/0 twin-shared-targets: shared target 'neutral-2030' must"
                        + " be owned by both twin cities, but 'avesta' does not own it");
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read("{\n  \"schemaVersion\": \"1.0\",\n  \"actors\": [}\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.SYNTAX);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(14);
        });
    }

    @Test
    void syntaxErrorMessageNamesNoSource() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read("{\"schemaVersion\": \"1.0\", \"actors\": ["));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.SYNTAX);
            assertThat(p.message()).isEqualTo("Unexpected end-of-input: expected close marker for Array");
        });
    }

    @Test
    void bindingProblemsHaveTheValuesPosition() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(change("'se-kommun:2084'", "'se-kommun:208'")));
        Problem problem = e.problems().get(0);
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).isEqualTo("municipality code must be 4 digits, was '208'");
        assertThat(problem).hasToString(problem.line() + ":" + problem.column()
                + " /actors/1/identifiers/0: municipality code must be 4 digits, was '208' [invalid-value]");
    }

    @Test
    void aProblemAtAnObjectsStartHasItsPositionWhetherReadFromMemoryOrFromAStream() {
        // in memory, records are read without taking their starts, and the input is read again for this position
        String document = change("'name': 'Viable Cities', ", "");
        List<Problem> fromText = catchThrowableOfType(DocumentReadException.class, () -> documents.read(document))
                .problems();
        List<Problem> fromBytes = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(document.getBytes(StandardCharsets.UTF_8))).problems();
        List<Problem> fromStream = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))).problems();
        List<Problem> unvalidated = catchThrowableOfType(DocumentReadException.class,
                () -> ClimateCityDocuments.builder().validate(false).build().read(document)).problems();

        // line 7 is " 'programmes': [{...": the programme's object starts at column 17
        assertThat(fromText).extracting(Problem::toString).containsExactly(
                "7:17 /programmes/0/name: programme must have the property 'name' [missing-property]");
        assertThat(fromBytes).isEqualTo(fromText);
        assertThat(fromStream).isEqualTo(fromText);
        assertThat(unvalidated).isEqualTo(fromText);
    }

    @Test
    void unknownEnumListsTheAllowedNames() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(change("'role': 'supporting'", "'role': 'boss'")));
        assertThat(e.problems().get(0).message()).isEqualTo("partner role must be one of supporting, active-party,"
                + " coordinator, funder, expert-support, project-partner, was 'boss'");
    }

    @Test
    void echoedValuesAreCutBetweenCharactersNotInsideASurrogatePair() {
        String role = "b".repeat(39) + "\ud83d\ude00" + "c".repeat(10);
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(change("'role': 'supporting'", "'role': '" + role + "'")));
        assertThat(e.problems().get(0).message()).endsWith(", was '" + "b".repeat(39) + "…'");
    }

    @Test
    void valuesEchoedByTheModelAreCutBetweenCharactersNotInsideASurrogatePair() {
        // a 39-character code and an emoji: the model's message, which the reader reports, cuts at 40 characters
        String code = "2".repeat(39) + "\ud83d\ude00" + "0".repeat(10);
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(change("'code': '2081'", "'code': '" + code + "'")));
        String message = e.problems().get(0).message();
        assertThat(message).endsWith(", was '" + "2".repeat(39) + "…'");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(message)).as(message).isTrue();
    }

    @Test
    void constraintViolationsHaveTheMessageOfTheRuleAndAPosition() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(change("'twinCity': 'avesta'", "'twinCity': 'avesta2'")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("avesta2");
            assertThat(p.line()).isEqualTo(12);
        });
    }

    @Test
    void missingVersionNamesTheSupportedVersions() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(change("'schemaVersion': '1.0',", "")));
        assertThat(e.problems()).extracting(Problem::code).containsExactly(Problem.MISSING_VERSION);
        assertThat(e.problems().get(0).message()).contains("1.x");
    }

    @Test
    void anotherMajorVersionIsReportedAlone() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(change("'schemaVersion': '1.0',", "'schemaVersion': '2.0', 'actors2': 5,")
                        .replace("\"code\": \"2084\"", "\"code\": 5")));
        assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code())
                .containsExactly("/schemaVersion unsupported-version");
        assertThat(e.problems().get(0).message())
                .isEqualTo("schema version '2.0' is not supported; supported versions: 1.x (this library writes 1.0)");
    }

    @Test
    void newerMinorVersionIsReadAndKeptOnWriteBack() {
        ReadResult read = documents.read(change("'schemaVersion': '1.0',", "'schemaVersion': '1.1',"));
        assertThat(read.schemaVersion()).isEqualTo("1.1");
        assertThat(documents.writeToString(read)).contains("\"schemaVersion\": \"1.1\"");
    }

    @Test
    void strictModeListsEveryUnknownProperty() {
        ClimateCityDocuments strict = ClimateCityDocuments.builder().strict(true).build();
        // names with a hyphen, which no field of the model can have
        String document = change("'id': 'avesta'", "'id': 'avesta', 'x-website': 'avesta.se'")
                .replace("\"programmes\": [{", "\"programmes\": [{\"x-budget\": {\"a\": [1]}, ");
        assertThatThrownBy(() -> strict.read(document)).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code())
                        .containsExactly("/actors/1/x-website unknown-property",
                                "/programmes/0/x-budget unknown-property"));
        assertThat(documents.read(document).unknownProperties().entries()).hasSize(2);
    }

    @Test
    void tooManyProblemsStopsReading() {
        StringBuilder actors = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            actors.append(i == 0 ? "" : ",").append("{\"type\":\"county\",\"code\":\"x\"}");
        }
        ClimateCityDocuments limited = ClimateCityDocuments.builder()
                .limits(ReadLimits.DEFAULT.withMaxProblems(10)).build();
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> limited.read("{\"schemaVersion\":\"1.0\",\"actors\":[" + actors + "]}"));
        assertThat(e.problems()).hasSize(11);
        assertThat(e.problems().get(10).code()).isEqualTo(Problem.TOO_MANY_PROBLEMS);
    }
}
