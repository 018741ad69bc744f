package org.climatecity.examples.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.diff.Change;
import org.climatecity.core.diff.ChangeKind;
import org.climatecity.core.diff.DocumentDiff;
import org.climatecity.core.diff.InventoryRevision;
import org.climatecity.core.diff.VintageComparison;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.id.ActorId;
import org.climatecity.examples.report.Formats;
import org.climatecity.examples.report.TextReport;
import org.climatecity.serialization.ClimateCityDocuments;
import org.climatecity.serialization.ReadResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The differences between two read documents written as text, JSON or Markdown. Values are shown as the documents
 * write them: each is taken from the written document at the change's JSON Pointer.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DiffReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST_VALUE = 100;

    private final String olderName;
    private final String newerName;
    private final ProgrammeDocument older;
    private final ProgrammeDocument newer;
    private final JsonNode olderTree;
    private final JsonNode newerTree;
    private final DocumentDiff diff;

    /**
     * Creates a report of a diff of two read documents.
     *
     * @param olderName the older document's name, such as its file, not null
     * @param older the older document as read, not null
     * @param newerName the newer document's name, not null
     * @param newer the newer document as read, not null
     * @param diff their differences, not null
     */
    public DiffReport(String olderName, ReadResult older, String newerName, ReadResult newer, DocumentDiff diff) {
        this.olderName = Objects.requireNonNull(olderName, "olderName");
        this.newerName = Objects.requireNonNull(newerName, "newerName");
        this.older = older.document();
        this.newer = newer.document();
        ClimateCityDocuments documents = ClimateCityDocuments.defaults();
        this.olderTree = JSON.readTree(documents.writeToString(older));
        this.newerTree = JSON.readTree(documents.writeToString(newer));
        this.diff = Objects.requireNonNull(diff, "diff");
    }

    /**
     * Returns one line per change: its kind, its pointer (both when they differ), its subject and its values.
     *
     * @return the text, lines ending in {@code \n}, empty when nothing changed
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Change change : diff.changes()) {
            out.append(change.kind().word()).append(' ').append(pointers(change));
            if (!change.subject().isEmpty()) {
                out.append(" (").append(change.subject()).append(')');
            }
            out.append(": ");
            switch (change.kind()) {
                case ADDED -> out.append(value(newerTree, change.newPointer()));
                case REMOVED -> out.append(value(olderTree, change.oldPointer()));
                case REORDERED -> out.append("place ").append(index(change.oldPointer()) + 1).append(" -> ")
                        .append(index(change.newPointer()) + 1);
                default -> out.append(value(olderTree, change.oldPointer())).append(" -> ")
                        .append(value(newerTree, change.newPointer()));
            }
            out.append('\n');
        }
        if (!diff.isEmpty()) {
            out.append(summary()).append('\n');
        }
        return out.toString();
    }

    /**
     * Returns the changes as one JSON object: the two documents' names, whether they are equal, and each change
     * with its kind, part, subject, parties, pointers and values as written.
     *
     * @return the JSON text, pretty-printed
     */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("older", olderName);
        root.put("newer", newerName);
        root.put("equal", diff.isEmpty());
        var changes = root.putArray("changes");
        for (Change change : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().word());
            node.put("part", change.part());
            node.put("subject", change.subject());
            var parties = node.putArray("parties");
            change.parties().forEach(p -> parties.add(p.toString()));
            if (change.oldPointer() != null) {
                node.put("oldPointer", change.oldPointer());
                node.set("oldValue", olderTree.at(change.oldPointer()));
            }
            if (change.newPointer() != null) {
                node.put("newPointer", change.newPointer());
                node.set("newValue", newerTree.at(change.newPointer()));
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * Returns the changes as the "most important updates" of a contract need them: a heading per party (the actor
     * the change belongs to: the one the changed object names first, or the actor added to or removed from a list
     * such as a contract round's signatories) and under it per part of the model (the list of the document, of a
     * programme, an initiative or an action plan that holds the change: actors, members, targets, actions,
     * contract rounds, inventories and so on), and a sentence per change with its figures: the values before and
     * after, and an added or removed object's own figures and amounts.
     *
     * @return the Markdown text
     */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Changes from ").append(TextReport.markdownText(olderName)).append(" to ")
                .append(TextReport.markdownText(newerName)).append("\n\n");
        if (diff.isEmpty()) {
            return out.append("No changes.\n").toString();
        }
        out.append(TextReport.markdownParagraph(summary())).append('\n');
        Map<String, Map<String, List<Change>>> grouped = new LinkedHashMap<>();
        for (Change change : diff.changes()) {
            grouped.computeIfAbsent(partyName(party(change)), p -> new LinkedHashMap<>())
                    .computeIfAbsent(part(change), p -> new ArrayList<>()).add(change);
        }
        grouped.forEach((party, parts) -> {
            out.append("\n## ").append(TextReport.markdownText(party)).append("\n");
            parts.forEach((part, changes) -> {
                out.append("\n### ").append(TextReport.markdownText(capitalised(words(part)))).append("\n\n");
                changes.forEach(c -> out.append("- ").append(TextReport.markdownParagraph(sentence(c))).append('\n'));
            });
        });
        return out.toString();
    }

    /**
     * Returns how the newer document's inventories revised the older's, as between two vintages of a source: per
     * owner and boundary a line with the years both give and the mean change of the total, then a line per year.
     *
     * @return the text, lines ending in {@code \n}, empty when no inventory is in both
     */
    public String vintages() {
        VintageComparison vintages = VintageComparison.between(older.inventories(), newer.inventories());
        StringBuilder out = new StringBuilder();
        for (VintageComparison.Series series : vintages.series()) {
            out.append(partyName(List.of(series.owner()))).append(" (").append(words(series.boundary().name()
                    .toLowerCase(Locale.ROOT))).append("): ").append(newerName).append(" revised ")
                    .append(series.firstYear()).append('–').append(series.lastYear()).append(" by ")
                    .append(signedPercent(series.meanChangeShare())).append(" on average (").append(series.years())
                    .append(series.years() == 1 ? " year" : " years").append(")\n");
            for (InventoryRevision revision : vintages.of(series.owner())) {
                if (revision.boundary() == series.boundary()) {
                    out.append("  ").append(revision.year()).append(": ").append(Formats.tonnes(revision
                            .olderTonnes())).append(" t -> ").append(Formats.tonnes(revision.newerTonnes()))
                            .append(" t (").append(Formats.signedTonnes(OptionalDouble.of(revision.changeTonnes())))
                            .append(" t, ").append(revision.changeShare().isPresent()
                                    ? signedPercent(revision.changeShare().getAsDouble()) : "-").append(")\n");
                }
            }
        }
        return out.toString();
    }

    /** The lists whose elements hold parts of their own: a change inside one is grouped by that inner part. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("programmes", "initiatives",
            "actionPlans");

    /**
     * The part of the model a change is grouped under: the list of the document that holds it, or inside a
     * programme, an initiative or an action plan, their list that holds it.
     */
    static String part(Change change) {
        if (change.part().equals(org.climatecity.serialization.DocumentDiffs.UNKNOWN_PROPERTIES)) {
            return change.part();
        }
        String[] segments = change.pointer().split("/", -1);
        List<String> lists = new ArrayList<>();
        for (int s = 1; s + 1 < segments.length; s++) {
            if (!segments[s + 1].isEmpty() && segments[s + 1].chars().allMatch(Character::isDigit)) {
                lists.add(segments[s]);
            }
        }
        if (lists.isEmpty()) {
            return change.part();
        }
        String part = lists.get(0);
        for (int l = 0; l + 1 < lists.size() && CONTAINERS.contains(lists.get(l)); l++) {
            part = lists.get(l + 1);
        }
        return part;
    }

    /** The actors a change belongs to: an actor added to or removed from a list, else the change's parties. */
    private static List<ActorId> party(Change change) {
        Object value = change.newValue() != null ? change.newValue() : change.oldValue();
        return value instanceof ActorId actor && change.kind() != ChangeKind.CHANGED ? List.of(actor)
                : change.parties();
    }

    /** An object's own figures: its numbers and amounts, and those of the objects it holds directly, up to four. */
    private static String figures(JsonNode tree, @Nullable String pointer) {
        JsonNode node = tree.at(Objects.requireNonNull(pointer));
        List<String> figures = new ArrayList<>();
        collectFigures(node, "", 0, figures);
        return figures.isEmpty() ? "" : " (" + String.join(", ", figures.subList(0, Math.min(4, figures.size())))
                + ")";
    }

    private static void collectFigures(JsonNode node, String prefix, int depth, List<String> figures) {
        if (!node.isObject()) {
            return;
        }
        for (String name : node.propertyNames()) {
            JsonNode value = node.get(name);
            String label = prefix + words(name);
            if (value.isNumber()) {
                figures.add(label + " " + Formats.number(value.doubleValue()));
            } else if (value.isObject() && value.has("amount") && value.has("currency")) {
                figures.add(label + " " + Formats.number(Double.parseDouble(value.get("amount").asString())) + " "
                        + value.get("currency").asString());
            } else if (value.isObject() && depth == 0) {
                collectFigures(value, label + " ", depth + 1, figures);
            }
        }
    }

    private static String signedPercent(double share) {
        return String.format(Locale.ROOT, "%+.1f %%", share * 100).replace('-', '−');
    }

    /** Says one change in words, such as "Klimatneutrala Borlänge 2030: target year changed from 2030 to 2029." */
    private String sentence(Change change) {
        String property = words(lastName(change.pointer()));
        boolean element = property.isEmpty();
        String what = element ? singular(words(change.part())) : property;
        String prefix = change.subject().isEmpty() || element && change.kind() != ChangeKind.CHANGED
                && named(change) ? "" : change.subject() + ": ";
        return switch (change.kind()) {
            case ADDED -> prefix + what + " added" + shown(newerTree, change.newPointer()) + ".";
            case REMOVED -> prefix + what + " removed" + shown(olderTree, change.oldPointer()) + ".";
            case REORDERED -> what + " " + value(newerTree, change.newPointer()) + " moved from place "
                    + (index(change.oldPointer()) + 1) + " to place " + (index(change.newPointer()) + 1) + ".";
            case CHANGED -> prefix + what + " changed from " + value(olderTree, change.oldPointer()) + " to "
                    + value(newerTree, change.newPointer()) + ".";
            case MOVED -> what + " " + id(olderTree, change.oldPointer()) + " renamed to "
                    + id(newerTree, change.newPointer()) + ".";
        };
    }

    /** Checks if an added or removed value is an object with a name of its own, or a value that is no object. */
    private boolean named(Change change) {
        JsonNode node = change.kind() == ChangeKind.ADDED ? newerTree.at(Objects.requireNonNull(change.newPointer()))
                : olderTree.at(Objects.requireNonNull(change.oldPointer()));
        return !node.isObject() || node.has("name") || node.has("title");
    }

    /** An added or removed value: its name or its value, then its figures; an object without a name by figures. */
    private static String shown(JsonNode tree, @Nullable String pointer) {
        JsonNode node = tree.at(Objects.requireNonNull(pointer));
        if (node.isObject() && !node.has("name") && !node.has("title")) {
            return figures(tree, pointer);
        }
        return ": " + value(tree, pointer) + figures(tree, pointer);
    }

    private static int index(@Nullable String pointer) {
        String text = Objects.requireNonNull(pointer);
        return Integer.parseInt(text.substring(text.lastIndexOf('/') + 1));
    }

    private static String id(JsonNode tree, @Nullable String pointer) {
        JsonNode id = tree.at(Objects.requireNonNull(pointer) + "/id");
        return id.isMissingNode() ? value(tree, pointer) : id.asString();
    }

    private String summary() {
        Map<ChangeKind, Long> counts = diff.changes().stream()
                .collect(Collectors.groupingBy(Change::kind, () -> new java.util.EnumMap<>(ChangeKind.class),
                        Collectors.counting()));
        return diff.changes().size() + (diff.changes().size() == 1 ? " change: " : " changes: ")
                + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word())
                        .collect(Collectors.joining(", "));
    }

    private String partyName(List<ActorId> parties) {
        if (parties.isEmpty()) {
            return "The whole document";
        }
        return parties.stream().map(id -> newer.actor(id).or(() -> older.actor(id)).map(Actor::name)
                .orElse(id.toString())).collect(Collectors.joining(", "));
    }

    private static String pointers(Change change) {
        if (change.oldPointer() == null || change.newPointer() == null) {
            return change.pointer();
        }
        return change.oldPointer().equals(change.newPointer()) ? change.newPointer()
                : change.oldPointer() + " -> " + change.newPointer();
    }

    /** Returns a value as written: a text as it is, a number in plain digits, anything else as compact JSON. */
    private static String value(JsonNode tree, @Nullable String pointer) {
        JsonNode node = tree.at(Objects.requireNonNull(pointer));
        String text;
        if (node.isString()) {
            text = node.asString();
        } else if (node.isNumber()) {
            text = Formats.number(node.doubleValue());
        } else if (node.isObject() && (node.has("name") || node.has("title"))) {
            text = node.get(node.has("name") ? "name" : "title").asString();
        } else {
            text = node.toString();
        }
        return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE - 1) + "…";
    }

    private static String lastName(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.chars().allMatch(Character::isDigit) ? "" : last.replace("~1", "/").replace("~0", "~");
    }

    /** Turns a property name into words: {@code targetYear} becomes "target year". */
    static String words(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c) && !out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String singular(String words) {
        if (words.endsWith("ies")) {
            return words.substring(0, words.length() - 3) + "y";
        }
        return words.endsWith("s") && !words.endsWith("ss") ? words.substring(0, words.length() - 1) : words;
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
