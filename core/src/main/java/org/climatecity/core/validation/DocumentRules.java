package org.climatecity.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Programme;
import org.jspecify.annotations.Nullable;

/**
 * Checks every document rule of a {@link ProgrammeDocument} as plain Java, without a Jakarta Validation provider.
 *
 * <p>The rules are the class-level constraints of the document (listed in the
 * {@linkplain org.climatecity.core.validation package description}). Their Jakarta validators call the same code, so
 * any Jakarta Validation provider and this class report the same violations: the same codes, paths and messages.
 * This class spares the provider's bootstrap and its reflective walk, which cost more than the rules themselves: it
 * is what the library's reader uses unless it is given a {@code jakarta.validation.Validator}.
 *
 * <p>Each rule builds the indexes it needs once and makes one pass over the document; the first four, which each
 * look at every initiative's ids and references, share one pass, initiative by initiative. A reader can take that
 * pass while it reads ({@link #begin}), each initiative as soon as it is built. The rules are stateless:
 * {@link #check} may be called from several threads at once.
 *
 * @since 0.1.0
 */
public final class DocumentRules {

    private static final String UNIQUE_IDS = "unique-ids";
    private static final String KNOWN_ACTORS = "known-actors";
    private static final String REFERENCED_ACTOR_KINDS = "referenced-actor-kinds";
    private static final String KNOWN_LOCAL_IDS = "known-local-ids";
    /** How many rules, from the first, {@link #check} takes in one walk. */
    static final int WALKED_TOGETHER = 4;

    /** The rules in the order of the document's annotations, with their codes. */
    private static final List<Rule> RULES = List.of(
            new Rule(UNIQUE_IDS, new UniqueIdsValidator()),
            new Rule(KNOWN_ACTORS, new KnownActorsValidator()),
            new Rule(REFERENCED_ACTOR_KINDS, new ReferencedActorKindsValidator()),
            new Rule(KNOWN_LOCAL_IDS, new KnownLocalIdsValidator()),
            new Rule("distinct-twin-cities", new DistinctTwinCitiesValidator()),
            new Rule("non-overlapping-roles", new NonOverlappingRolesValidator()),
            new Rule("non-overlapping-memberships", new NonOverlappingMembershipsValidator()),
            new Rule("ordered-scopes", new OrderedScopesValidator()),
            new Rule("ordered-scaling-stages", new OrderedScalingStagesValidator()),
            new Rule("nested-scaling-stages", new NestedScalingStagesValidator()),
            new Rule("ordered-target-years", new OrderedTargetYearsValidator()),
            new Rule("known-region-codes", new KnownRegionCodesValidator()),
            new Rule("unique-inventories", new UniqueInventoriesValidator()),
            new Rule("consistent-places", new ConsistentPlacesValidator()),
            new Rule("funding-counted-once", new FundingCountedOnceValidator()));

    private DocumentRules() {
    }

    /**
     * Checks every rule on a document.
     *
     * @param document the document, not null
     * @return the violations, rule by rule in the order of the document's annotations and each rule's in the order it
     *     found them; empty when the document satisfies every rule
     */
    public static List<RuleViolation> check(ProgrammeDocument document) {
        Objects.requireNonNull(document, "document");
        Checking checking = new Checking(document.actors(), document.programmes());
        for (Initiative initiative : document.initiatives()) {
            checking.initiative(initiative);
        }
        return checking.finish(document);
    }

    /**
     * Starts checking the rules on a document while it is being built, such as by a reader: its actors and
     * programmes are given now, its initiatives one by one as each is complete, the document when it is built. The
     * rules that look at every initiative's ids and references (unique ids, known actors, referenced actor kinds,
     * known local ids) then look at an initiative while its objects are fresh in the processor's cache, where after
     * the document is built they had to fetch them all again from memory.
     *
     * @param actors the document's actors, not null
     * @param programmes the document's programmes, not null
     * @return the checking, to be given the initiatives in document order and then the document
     */
    public static Checking begin(List<Actor> actors, List<Programme> programmes) {
        return new Checking(List.copyOf(actors), List.copyOf(programmes));
    }

    /**
     * The rules of one document checked while it is being built (see {@link #begin}): gives the same violations as
     * {@link #check}, in the same order. Used by one thread, once.
     *
     * @since 0.1.0
     */
    public static final class Checking {

        private final List<Actor> actors;
        private final List<Programme> programmes;
        private final List<Initiative> initiatives = new ArrayList<>();
        /** The first four rules' tables and findings until {@link #finish}, then null. */
        private @Nullable Together together;

        private Checking(List<Actor> actors, List<Programme> programmes) {
            this.actors = actors;
            this.programmes = programmes;
            this.together = new Together(actors, programmes);
        }

        /**
         * Checks the next initiative of the document, which must be complete.
         *
         * @param initiative the initiative, not null
         * @throws IllegalStateException if the document was given already
         */
        public void initiative(Initiative initiative) {
            Objects.requireNonNull(initiative, "initiative");
            Together walk = together;
            if (walk == null) {
                throw new IllegalStateException("the document was given already");
            }
            walk.initiative(initiative, initiatives.size());
            initiatives.add(initiative);
        }

        /**
         * Finishes checking with the built document. A document that does not hold the very actors, programmes and
         * initiatives given (compared by identity, in order) is checked whole, as {@link DocumentRules#check} does.
         *
         * @param document the document, not null
         * @return the violations, as {@link DocumentRules#check} gives them
         * @throws IllegalStateException if the document was given already
         */
        public List<RuleViolation> end(ProgrammeDocument document) {
            Objects.requireNonNull(document, "document");
            if (together == null) {
                throw new IllegalStateException("the document was given already");
            }
            if (!same(actors, document.actors()) || !same(programmes, document.programmes())
                    || !same(initiatives, document.initiatives())) {
                together = null;
                return check(document);
            }
            return finish(document);
        }

        private List<RuleViolation> finish(ProgrammeDocument document) {
            List<RuleViolation> violations = new ArrayList<>(0);
            finishTogether(document, violations);
            for (Rule rule : RULES.subList(WALKED_TOGETHER, RULES.size())) {
                rule.validator.check(document, Violations.into(rule.code, violations));
            }
            return violations;
        }

        /**
         * Finishes the first {@value #WALKED_TOGETHER} rules. A method of its own, so that their tables (the actor
         * index of a document of 300,000 actors is some 15 MB) are garbage before the next rules build theirs.
         */
        private void finishTogether(ProgrammeDocument document, List<RuleViolation> violations) {
            Together walk = Objects.requireNonNull(together, "together");
            together = null;
            walk.finish(document, violations);
        }

        private static boolean same(List<?> given, List<?> held) {
            if (given.size() != held.size()) {
                return false;
            }
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i) != held.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The first {@value #WALKED_TOGETHER} rules in one walk: each would walk every initiative's ids and references,
     * tens of thousands of objects; they are checked initiative by initiative while its objects are in the processor's
     * cache, each rule's violations kept apart and given in rule order.
     */
    private static final class Together {
        private final List<RuleViolation> unknownActors = new ArrayList<>(0);
        private final List<RuleViolation> wrongKinds = new ArrayList<>(0);
        private final List<RuleViolation> unknownLocalIds = new ArrayList<>(0);
        private final UniqueIdsValidator.Lean ids = new UniqueIdsValidator.Lean();
        private final ActorReferences.Checks actors;
        private final KnownLocalIdsValidator.Checks localIds;

        Together(List<Actor> actorList, List<Programme> programmes) {
            actors = new ActorReferences.Checks(actorList, Violations.into(KNOWN_ACTORS, unknownActors),
                    Violations.into(REFERENCED_ACTOR_KINDS, wrongKinds));
            actors.beforeInitiatives(actorList, programmes);
            localIds = new KnownLocalIdsValidator.Checks(Violations.into(KNOWN_LOCAL_IDS, unknownLocalIds));
        }

        void initiative(Initiative initiative, int index) {
            ids.initiative(initiative);
            actors.initiative(initiative, index);
            localIds.initiative(initiative, index);
        }

        void finish(ProgrammeDocument document, List<RuleViolation> violations) {
            actors.afterInitiatives(document.inventories());
            if (ids.repeated() || actors.actorIdRepeated()) {
                UniqueIdsValidator.report(document, Violations.into(UNIQUE_IDS, violations));
            }
            violations.addAll(unknownActors);
            violations.addAll(wrongKinds);
            // the programmes' references to funding sources come first, as the rule's own walk finds them
            KnownLocalIdsValidator.programmes(document, Violations.into(KNOWN_LOCAL_IDS, violations));
            violations.addAll(unknownLocalIds);
        }
    }

    /**
     * Returns the codes of the rules, in the order {@link #check} runs them.
     *
     * @return the codes, such as {@code unique-ids}
     */
    public static List<String> codes() {
        return RULES.stream().map(Rule::code).toList();
    }

    private record Rule(String code, DocumentRule<?> validator) {
    }
}
