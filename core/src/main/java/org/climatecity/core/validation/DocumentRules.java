package org.climatecity.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.programme.Initiative;

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
 * look at every initiative's ids and references, share one pass, initiative by initiative. The rules are stateless:
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
        List<RuleViolation> violations = new ArrayList<>(0);
        walkTogether(document, violations);
        for (Rule rule : RULES.subList(WALKED_TOGETHER, RULES.size())) {
            rule.validator.check(document, Violations.into(rule.code, violations));
        }
        return violations;
    }

    /**
     * Checks the first {@value #WALKED_TOGETHER} rules in one walk. A method of its own, so that their tables (the
     * actor index of a document of 300,000 actors is some 15 MB) are garbage before the next rules build theirs.
     */
    private static void walkTogether(ProgrammeDocument document, List<RuleViolation> violations) {
        // the first four rules each walk every initiative's ids and references, tens of thousands of objects: they are
        // checked in one walk, initiative by initiative while its objects are in the processor's cache, each rule's
        // violations kept apart and given in rule order
        List<RuleViolation> unknownActors = new ArrayList<>(0);
        List<RuleViolation> wrongKinds = new ArrayList<>(0);
        List<RuleViolation> unknownLocalIds = new ArrayList<>(0);
        UniqueIdsValidator.Lean ids = new UniqueIdsValidator.Lean(document);
        ActorReferences.Checks actors = new ActorReferences.Checks(document,
                Violations.into(KNOWN_ACTORS, unknownActors), Violations.into(REFERENCED_ACTOR_KINDS, wrongKinds));
        actors.beforeInitiatives(document);
        KnownLocalIdsValidator.Checks localIds = new KnownLocalIdsValidator.Checks(document,
                Violations.into(KNOWN_LOCAL_IDS, unknownLocalIds));
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative initiative = initiatives.get(i);
            ids.initiative(initiative);
            actors.initiative(initiative, i);
            localIds.initiative(initiative, i);
        }
        actors.afterInitiatives(document);
        if (ids.repeated() || actors.actorIdRepeated()) {
            UniqueIdsValidator.report(document, Violations.into(UNIQUE_IDS, violations));
        }
        violations.addAll(unknownActors);
        violations.addAll(wrongKinds);
        violations.addAll(unknownLocalIds);
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
