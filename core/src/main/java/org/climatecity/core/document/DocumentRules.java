package org.climatecity.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks every document rule of a {@link ProgrammeDocument} as plain Java, without a Jakarta Validation provider.
 *
 * <p>The rules, their codes and their order are listed in the {@linkplain org.climatecity.core.document package
 * description}. A Jakarta Validation provider checks the same rules through the document's one class-level
 * constraint, {@link SatisfiesDocumentRules}, whose validator calls this class: both report the same violations,
 * with the same codes, paths and messages.
 *
 * <p>Stateless: {@link #check} may be called from several threads at once.
 *
 * @since 0.1.0
 */
public final class DocumentRules {

    /** The rules, in the order {@link #check} runs them. */
    private static final List<Rule> RULES = List.of(
            new UniqueIds(),
            new KnownActors(),
            new ReferencedActorKinds(),
            new KnownLocalIds(),
            new DistinctTwinCities(),
            new NonOverlappingRoles(),
            new NonOverlappingMemberships(),
            new OrderedScopes(),
            new OrderedScalingStages(),
            new NestedScalingStages(),
            new OrderedTargetYears(),
            new KnownRegionCodes(),
            new UniqueInventories(),
            new ConsistentPlaces(),
            new FundingCountedOnce(),
            new TwinSharedTargets(),
            new FiniteTotals(),
            new ScenarioBaseInventories(),
            new ActionSectors(),
            new StatedOverlaps());

    private DocumentRules() {
    }

    /**
     * Checks every rule on a document.
     *
     * @param document the document, not null
     * @return the violations, rule by rule in the order of {@link #codes()} and each rule's in the order it found
     *     them; empty when the document satisfies every rule
     * @throws NullPointerException if the document is null
     */
    public static List<RuleViolation> check(ProgrammeDocument document) {
        Objects.requireNonNull(document, "document");
        List<RuleViolation> violations = new ArrayList<>(0);
        check(document, (code, path, message) -> violations.add(
                new RuleViolation(code, path.toString(), path.pointer(), message)));
        return List.copyOf(violations);
    }

    /**
     * Checks every rule on a document, each once, in order, passing each violation to a sink.
     *
     * @return true if a violation was found
     */
    static boolean check(ProgrammeDocument document, Violations.Sink sink) {
        boolean found = false;
        for (Rule rule : RULES) {
            Violations violations = new Violations(rule.code(), sink);
            rule.check(document, violations);
            found |= violations.found();
        }
        return found;
    }

    /**
     * Returns the codes of the rules, in the order {@link #check} runs them.
     *
     * @return the codes, such as {@code unique-ids}
     */
    public static List<String> codes() {
        return RULES.stream().map(Rule::code).toList();
    }
}
