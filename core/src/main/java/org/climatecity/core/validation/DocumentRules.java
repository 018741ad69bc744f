package org.climatecity.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.climatecity.core.ProgrammeDocument;

/**
 * Checks every document rule of a {@link ProgrammeDocument} as plain Java, without a Jakarta Validation provider.
 *
 * <p>The rules are the class-level constraints of the document (listed in the
 * {@linkplain org.climatecity.core.validation package description}). Their Jakarta validators call the same code, so
 * any Jakarta Validation provider and this class report the same violations: the same codes, paths and messages.
 * This class spares the provider's bootstrap and its reflective walk, which cost more than the rules themselves: it
 * is what the library's reader uses unless it is given a {@code jakarta.validation.Validator}.
 *
 * <p>Each rule builds the indexes it needs once and makes one pass over the document. The rules are stateless:
 * {@link #check} may be called from several threads at once.
 *
 * @since 0.1.0
 */
public final class DocumentRules {

    private static final String REFERENCED_ACTOR_KINDS = "referenced-actor-kinds";

    /** The rules in the order of the document's annotations, with their codes. */
    private static final List<Rule> RULES = List.of(
            new Rule("unique-ids", new UniqueIdsValidator()),
            new Rule("known-actors", new KnownActorsValidator()),
            new Rule(REFERENCED_ACTOR_KINDS, new ReferencedActorKindsValidator()),
            new Rule("known-local-ids", new KnownLocalIdsValidator()),
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
        List<RuleViolation> wrongKinds = List.of();
        for (Rule rule : RULES) {
            if (rule.validator instanceof KnownActorsValidator) {
                // this rule and the one on the referenced actors' kinds look up the same references: one walk for
                // both, the second's violations kept for its turn
                wrongKinds = new ArrayList<>(0);
                ActorReferences.check(document, Violations.into(rule.code, violations),
                        Violations.into(REFERENCED_ACTOR_KINDS, wrongKinds));
            } else if (rule.validator instanceof ReferencedActorKindsValidator) {
                violations.addAll(wrongKinds);
            } else {
                rule.validator.check(document, Violations.into(rule.code, violations));
            }
        }
        return violations;
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
