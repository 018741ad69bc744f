package org.climatecity.interop.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.document.RuleViolation;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.interop.ImportException;
import org.jspecify.annotations.Nullable;

/**
 * Makes an imported document one that the library accepts: each record that breaks a document rule (a target, an
 * actor, an inventory or one entry of it, an initiative or a programme) is left out and reported where it was read, with the rule's
 * code, until no rule is broken. Leaving out an actor can break a reference to it; that record is then left out in
 * the next round and reported in its turn.
 */
public final class DocumentCheck {

    /** More rounds than references can chain: a document still broken after them is not written. */
    private static final int MAX_ROUNDS = 20;

    /**
     * Where a record was read.
     *
     * @param file the file, as in the report
     * @param line the line, or null
     * @param pointer the JSON pointer into the file, or null
     */
    public record Origin(String file, @Nullable Integer line, @Nullable String pointer) {

        /**
         * Creates the origin of a record read at a line.
         *
         * @param file the file
         * @param line the line
         */
        public Origin(String file, int line) {
            this(file, line, null);
        }
    }

    private DocumentCheck() {
    }

    /**
     * Returns the document without the records that break a document rule, reporting each.
     *
     * @param document the imported document
     * @param origins where each record was read, or null when not known
     * @param file the file to report a record of unknown origin against
     * @param report the report
     * @return a document that breaks no rule
     * @throws ImportException if a rule is broken by something no record can be left out for
     */
    public static ProgrammeDocument valid(ProgrammeDocument document, Function<Object, @Nullable Origin> origins,
            String file, Reporter report) {
        ProgrammeDocument current = document;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<RuleViolation> violations = DocumentRules.check(current);
            if (violations.isEmpty()) {
                return current;
            }
            Set<Object> leftOut = Collections.newSetFromMap(new IdentityHashMap<>(violations.size()));
            for (RuleViolation violation : violations) {
                Object record = recordAt(current, violation);
                if (leftOut.add(record)) {
                    String message = violation.message() + "; " + describe(record) + " is not kept";
                    Origin origin = origins.apply(record);
                    java.math.BigDecimal tonnes = record instanceof EmissionsInventory inventory ? tonnes(inventory)
                            : record instanceof InventoryEntry entry && entry.tonnesCo2e() != null
                                    ? java.math.BigDecimal.valueOf(entry.tonnesCo2e()) : null;
                    if (origin != null && origin.line() != null) {
                        report.leftOut(origin.file(), origin.line(), violation.code(), message, tonnes);
                    } else if (origin != null && origin.pointer() != null) {
                        report.pointerLeftOut(origin.file(), origin.pointer(), violation.code(), message, tonnes);
                    } else {
                        report.fileLeftOut(origin != null ? origin.file() : file, violation.code(), message
                                + " (at " + violation.pointer() + " of the imported document)", tonnes);
                    }
                }
            }
            current = without(current, leftOut);
        }
        throw new ImportException("cannot import " + file + ": the imported document still breaks "
                + DocumentRules.check(current).get(0).message() + " after leaving out the records that break rules");
    }

    private static Object recordAt(ProgrammeDocument document, RuleViolation violation) {
        String[] at = violation.pointer().split("/");
        try {
            int index = Integer.parseInt(at[2]);
            switch (at[1]) {
                case "actors":
                    return document.actors().get(index);
                case "programmes":
                    return document.programmes().get(index);
                case "inventories":
                    if (at.length > 4 && at[3].equals("entries")) {
                        // one entry, such as a figure that makes the totals overflow: the others are kept
                        return document.inventories().get(index).entries().get(Integer.parseInt(at[4]));
                    }
                    return document.inventories().get(index);
                case "initiatives":
                    if (at.length > 4 && at[3].equals("targets")) {
                        return document.initiatives().get(index).targets().get(Integer.parseInt(at[4]));
                    }
                    return document.initiatives().get(index);
                default:
                    break;
            }
        } catch (RuntimeException e) {
            // not a record's pointer: reported below
        }
        throw new ImportException("the imported document breaks rule " + violation.code() + " at "
                + violation.pointer() + ": " + violation.message() + "; it is not written");
    }

    private static java.math.BigDecimal tonnes(EmissionsInventory inventory) {
        if (inventory.entries().isEmpty() && inventory.reportedTotal() != null) {
            return java.math.BigDecimal.valueOf(inventory.reportedTotal());
        }
        // as decimals: the entries' sum as a double may overflow
        return inventory.entries().stream().filter(InventoryEntry::hasFigure)
                .map(entry -> java.math.BigDecimal.valueOf(entry.tonnesCo2e()))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /** Tonnes in plain notation, or in scientific notation where plain would take more than 20 digits. */
    private static String shown(java.math.BigDecimal tonnes) {
        java.math.BigDecimal stripped = tonnes.stripTrailingZeros();
        return stripped.precision() - stripped.scale() > 20 ? stripped.toString() : stripped.toPlainString();
    }

    private static String describe(Object record) {
        if (record instanceof ClimateTarget target) {
            return "target '" + target.id() + "'";
        }
        if (record instanceof Actor actor) {
            return "actor '" + actor.id() + "'";
        }
        if (record instanceof EmissionsInventory inventory) {
            return "inventory of '" + inventory.owner() + "' for " + inventory.year() + " ("
                    + shown(tonnes(inventory)) + " t CO2e)";
        }
        if (record instanceof InventoryEntry entry) {
            return "entry of " + entry.sector().code() + (entry.tonnesCo2e() == null ? ""
                    : " (" + shown(java.math.BigDecimal.valueOf(entry.tonnesCo2e())) + " t CO2e)");
        }
        if (record instanceof Programme programme) {
            return "programme '" + Texts.oneLine(programme.name()) + "'";
        }
        return "initiative '" + Texts.oneLine(((Initiative) record).id().toString())
                + "' with its targets";
    }

    private static ProgrammeDocument without(ProgrammeDocument document, Set<Object> leftOut) {
        List<Initiative> initiatives = new ArrayList<>();
        for (Initiative initiative : document.initiatives()) {
            if (!leftOut.contains(initiative)) {
                initiatives.add(initiative.withTargets(initiative.targets().stream()
                        .filter(target -> !leftOut.contains(target)).toList()));
            }
        }
        return new ProgrammeDocument(document.actors().stream().filter(a -> !leftOut.contains(a)).toList(),
                document.programmes().stream().filter(p -> !leftOut.contains(p)).toList(), initiatives,
                document.inventories().stream().filter(i -> !leftOut.contains(i)).map(i -> withoutEntries(i, leftOut))
                        .toList(),
                document.scenarios().stream().filter(s -> !leftOut.contains(s)).toList());
    }

    private static EmissionsInventory withoutEntries(EmissionsInventory inventory, Set<Object> leftOut) {
        List<InventoryEntry> entries = inventory.entries().stream().filter(e -> !leftOut.contains(e)).toList();
        return entries.size() == inventory.entries().size() ? inventory : new EmissionsInventory(inventory.owner(),
                inventory.year(), inventory.boundary(), inventory.gasBasis(), inventory.provenance(),
                inventory.reportedTotal(), entries);
    }
}
