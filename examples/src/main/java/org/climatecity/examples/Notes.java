package org.climatecity.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.programme.Initiative;
import org.climatecity.examples.report.ReportModel;

/**
 * Collects what the report must say about its sources: where the emissions come from, how the trend is computed,
 * and every figure the document marks as illustrative, so that no made-up figure passes for a real one.
 */
final class Notes {

    /** The most names a note lists one by one. */
    static final int LISTED = 30;

    private Notes() {
    }

    /** Returns the notes on a document's sources and illustrative figures. */
    static List<String> of(ProgrammeDocument document) {
        Set<String> notes = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        // per unsourced kind and note, the owners whose emissions have it
        Map<String, Set<String>> unsourced = new LinkedHashMap<>();
        // the owners' names looked up in one map: a document of every municipality of the EU has a million
        // inventories of 100,000 owners
        Map<ActorId, String> names = new HashMap<>();
        document.actors().forEach(actor -> names.putIfAbsent(actor.id(), actor.name()));
        for (EmissionsInventory inventory : document.inventories()) {
            Provenance provenance = inventory.provenance();
            DataSource source = provenance.source();
            if (source != null) {
                sources.add(source.citation() != null ? source.citation() : source.label());
            } else {
                String owner = names.getOrDefault(inventory.owner(), inventory.owner().toString());
                unsourced.computeIfAbsent(Texts.word(provenance.kind()) + note(provenance),
                        k -> new LinkedHashSet<>()).add(owner);
            }
        }
        if (!sources.isEmpty()) {
            notes.add("Observed emissions: " + String.join("; ", sources) + ".");
        }
        unsourced.forEach((kind, owners) -> notes.add("The emissions of " + listed(owners) + " are " + kind + "."));
        if (!document.inventories().isEmpty()) {
            notes.add("Trend: least absolute deviations from 2015, anchored at the last observed year"
                    + " (Klimatkollen's method).");
        }
        for (Initiative initiative : document.initiatives()) {
            for (Pilot pilot : initiative.pilots()) {
                if (pilot.provenance().isIllustrative()) {
                    notes.add("The effect of the pilot '" + pilot.name() + "' is illustrative"
                            + note(pilot.provenance()) + ", and so are the scaled reductions.");
                }
            }
            for (ActionPlan plan : initiative.actionPlans()) {
                boolean illustrative = says(plan.name()) || plan.actions().stream().anyMatch(a -> says(a.title()));
                if (illustrative) {
                    notes.add("The actions and figures of the action plan '" + plan.name() + "' are illustrative.");
                }
            }
        }
        List<String> illustrativeActors = new ArrayList<>();
        for (Actor actor : document.actors()) {
            if (says(actor.name())) {
                illustrativeActors.add(actor.name());
            }
        }
        if (!illustrativeActors.isEmpty()) {
            notes.add("Illustrative participants: " + listed(illustrativeActors) + ".");
        }
        return List.copyOf(notes);
    }

    /**
     * Returns the notes of a yearly follow-up: those of {@link #of(ProgrammeDocument)}, the sources of the
     * indicators' observations, and the indicators and investment plans the document marks as illustrative.
     */
    static List<String> followUp(ProgrammeDocument document) {
        Set<String> notes = new LinkedHashSet<>(of(document));
        Set<String> sources = new LinkedHashSet<>();
        List<String> illustrative = new ArrayList<>();
        for (Initiative initiative : document.initiatives()) {
            for (Indicator indicator : initiative.indicators()) {
                // an observation without provenance is sourced as its indicator is
                indicator.observations().stream().map(o -> o.provenance() != null ? o.provenance()
                        : indicator.provenance())
                        .filter(p -> p != null && p.source() != null)
                        .forEach(p -> sources.add(p.source().citation() != null ? p.source().citation()
                                : p.source().label()));
                if (indicator.provenance() != null && indicator.provenance().isIllustrative()) {
                    illustrative.add(indicator.name());
                }
            }
            for (InvestmentPlan plan : initiative.investmentPlans()) {
                if (plan.provenance() != null && plan.provenance().isIllustrative()) {
                    notes.add("The costs and funding of the investment plan '" + plan.name() + "' are illustrative"
                            + note(plan.provenance()) + ".");
                }
            }
        }
        if (!sources.isEmpty()) {
            notes.add("Observed indicator values: " + String.join("; ", sources) + ".");
        }
        if (!illustrative.isEmpty()) {
            notes.add("Illustrative indicators, with their values: " + String.join(", ", illustrative) + ".");
        }
        return List.copyOf(notes);
    }

    /**
     * Lists names, the first {@value #LISTED} of a longer list followed by how many others there are, so that a
     * note on a document of 100,000 places stays a sentence.
     */
    static String listed(Collection<String> names) {
        if (names.size() <= LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.stream().limit(LISTED).toList()) + String.format(Locale.ROOT,
                " and %,d others", names.size() - LISTED);
    }

    private static boolean says(String text) {
        return text.toLowerCase(Locale.ROOT).contains("illustrative");
    }

    private static String note(Provenance provenance) {
        return provenance.note() == null ? "" : " (" + provenance.note() + ")";
    }
}
