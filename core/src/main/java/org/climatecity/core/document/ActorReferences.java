package org.climatecity.core.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Commitment;
import org.climatecity.core.programme.ContractRound;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.MemberLevel;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.RoundCommitment;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.targets.ClimateTarget;
import org.jspecify.annotations.Nullable;

/**
 * Walks every place a document refers to an actor by id, with the kind of actor the place requires, if any: the
 * reference walk of the rules {@link KnownActors} and {@link ReferencedActorKinds}. A new component that holds an
 * {@link ActorId} is visited here; {@code ReferenceRulesCompletenessTest} fails for one that is not.
 */
final class ActorReferences {

    /** Checks one reference to an actor. */
    @FunctionalInterface
    interface Check {
        /**
         * Checks one reference, building a message only for a reference that breaks the rule.
         *
         * @param id the referenced id
         * @param actor the actor with that id, or null when the document has none
         * @param required the kinds the referenced actor may have, or null when any kind will do
         * @return the message of the violation, or null when the reference keeps the rule
         */
        @Nullable String message(ActorId id, @Nullable Actor actor, @Nullable Set<ActorKind> required);
    }

    /**
     * What the walk asks of each reference: whether it breaks the rule, then, only for one that does, to report it
     * at its path, so that a valid document costs no paths.
     */
    private static final class Visitor {
        private final Map<ActorId, Actor> actors;
        private final boolean anyKind;
        private final Check check;
        private final Violations violations;
        private @Nullable String message;

        Visitor(ProgrammeDocument document, boolean anyKind, Check check, Violations violations) {
            this.actors = index(document.actors());
            this.anyKind = anyKind;
            this.check = check;
            this.violations = violations;
        }

        boolean rejects(ActorId id, @Nullable Set<ActorKind> required) {
            if (required == null && !anyKind) {
                return false;
            }
            message = check.message(id, actors.get(id), required);
            return message != null;
        }

        void report(PropertyPath path) {
            violations.add(path, Objects.requireNonNull(message, "message"));
        }
    }

    /** A programme office. */
    private static final Set<ActorKind> PROGRAMME_OFFICE = Set.of(ActorKind.PROGRAMME_OFFICE);
    /** A national agency. */
    private static final Set<ActorKind> NATIONAL_AGENCY = Set.of(ActorKind.NATIONAL_AGENCY);
    /** A municipality. */
    private static final Set<ActorKind> MUNICIPALITY = Set.of(ActorKind.MUNICIPALITY);
    /** Any place. */
    private static final Set<ActorKind> PLACE = kinds(ActorKind.MUNICIPALITY, ActorKind.TERRITORY);
    /** What a regional programme admits as a member or an initiative lead: a municipality or a region. */
    private static final Set<ActorKind> REGIONAL = kinds(ActorKind.MUNICIPALITY, ActorKind.TERRITORY,
            ActorKind.REGIONAL_AUTHORITY);

    private ActorReferences() {
    }

    /** Returns kinds in their declared order, the order in which a message names them. */
    private static Set<ActorKind> kinds(ActorKind first, ActorKind... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** Returns the kinds a programme admits as members. */
    private static Set<ActorKind> admitted(Programme programme) {
        return programme.admittedLevel() == MemberLevel.REGIONAL ? REGIONAL : MUNICIPALITY;
    }

    /** Returns the actors by id; where an id repeats (a violation of its own), the first actor wins. */
    static Map<ActorId, Actor> index(List<Actor> actorList) {
        Map<ActorId, Actor> actors = new HashMap<>(actorList.size() * 2);
        for (Actor actor : actorList) {
            actors.putIfAbsent(actor.id(), actor);
        }
        return actors;
    }

    /**
     * Checks every actor reference of a document, in document order, and reports each that breaks the rule at its
     * path.
     *
     * @param document the document
     * @param anyKind whether the references that admit an actor of any kind are checked too; when false, they are
     *     not even looked up (most references of a large document, such as every inventory's owner, admit any kind)
     * @param check the rule's check of one reference
     * @param violations where to report the references the check rejects
     */
    static void check(ProgrammeDocument document, boolean anyKind, Check check, Violations violations) {
        Visitor visitor = new Visitor(document, anyKind, check, violations);
        List<Actor> actors = document.actors();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            // that it names a place is checked by consistent-places
            if (actor instanceof Place place && place.partOf() != null) {
                if (visitor.rejects(place.partOf(), null)) {
                    visitor.report(PropertyPath.of("actors", i).property("partOf"));
                }
            }
            ActorId served = actor instanceof RegionalAuthority r ? r.place()
                    : actor instanceof CountyAdministrativeBoard b ? b.place() : null;
            if (served != null && visitor.rejects(served, PLACE)) {
                visitor.report(PropertyPath.of("actors", i).property("place"));
            }
        }
        List<Programme> programmes = document.programmes();
        Set<ActorKind> leads = MUNICIPALITY;
        for (int i = 0; i < programmes.size(); i++) {
            programme(programmes.get(i), PropertyPath.of("programmes", i), visitor);
            if (admitted(programmes.get(i)) == REGIONAL) {
                leads = REGIONAL;
            }
        }
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            initiative(initiatives.get(i), leads, PropertyPath.of("initiatives", i), visitor);
        }
        List<EmissionsInventory> inventories = document.inventories();
        for (int i = 0; i < inventories.size(); i++) {
            if (visitor.rejects(inventories.get(i).owner(), null)) {
                visitor.report(PropertyPath.of("inventories", i).property("owner"));
            }
        }
        List<Scenario> scenarios = document.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            if (visitor.rejects(scenarios.get(i).owner(), null)) {
                visitor.report(PropertyPath.of("scenarios", i).property("owner"));
            }
        }
    }

    private static void programme(Programme programme, PropertyPath path, Visitor visitor) {
        if (programme.office() != null) {
            if (visitor.rejects(programme.office(), PROGRAMME_OFFICE)) {
                visitor.report(path.property("office"));
            }
        }
        List<Membership> members = programme.members();
        for (int i = 0; i < members.size(); i++) {
            if (visitor.rejects(members.get(i).member(), admitted(programme))) {
                visitor.report(path.element("members", i).property("member"));
            }
        }
        List<Membership> agencies = programme.agencies();
        for (int i = 0; i < agencies.size(); i++) {
            if (visitor.rejects(agencies.get(i).member(), NATIONAL_AGENCY)) {
                visitor.report(path.element("agencies", i).property("member"));
            }
        }
        List<Support> support = programme.support();
        for (int i = 0; i < support.size(); i++) {
            if (visitor.rejects(support.get(i).recipient(), null)) {
                visitor.report(path.element("support", i).property("recipient"));
            }
        }
    }

    private static void initiative(Initiative initiative, Set<ActorKind> leads, PropertyPath path, Visitor visitor) {
        if (visitor.rejects(initiative.leadCity(), leads)) {
            visitor.report(path.property("leadCity"));
        }
        List<TwinPairing> twins = initiative.twinPairings();
        for (int i = 0; i < twins.size(); i++) {
            PropertyPath twin = path.element("twinPairings", i);
            if (visitor.rejects(twins.get(i).pilotCity(), MUNICIPALITY)) {
                visitor.report(twin.property("pilotCity"));
            }
            if (visitor.rejects(twins.get(i).twinCity(), MUNICIPALITY)) {
                visitor.report(twin.property("twinCity"));
            }
        }
        List<Partnership> partnerships = initiative.partnerships();
        for (int i = 0; i < partnerships.size(); i++) {
            if (visitor.rejects(partnerships.get(i).partner(), null)) {
                visitor.report(path.element("partnerships", i).property("partner"));
            }
        }
        List<CollaborationForum> forums = initiative.forums();
        for (int i = 0; i < forums.size(); i++) {
            PropertyPath forum = path.element("forums", i);
            all(forums.get(i).convenors(), null, forum, "convenors", visitor);
            all(forums.get(i).participants(), null, forum, "participants", visitor);
        }
        List<Commitment> commitments = initiative.commitments();
        for (int i = 0; i < commitments.size(); i++) {
            if (visitor.rejects(commitments.get(i).stakeholder(), null)) {
                visitor.report(path.element("commitments", i).property("stakeholder"));
            }
        }
        List<ClimateTarget> targets = initiative.targets();
        for (int i = 0; i < targets.size(); i++) {
            all(targets.get(i).owners(), null, path.element("targets", i), "owners", visitor);
        }
        List<ActionPlan> plans = initiative.actionPlans();
        for (int i = 0; i < plans.size(); i++) {
            PropertyPath plan = path.element("actionPlans", i);
            all(plans.get(i).owners(), null, plan, "owners", visitor);
            List<Action> actions = plans.get(i).actions();
            for (int a = 0; a < actions.size(); a++) {
                action(actions.get(a), plan, a, visitor);
            }
        }
        List<Pilot> pilots = initiative.pilots();
        for (int i = 0; i < pilots.size(); i++) {
            all(pilots.get(i).hostCities(), MUNICIPALITY, path.element("pilots", i), "hostCities",
                    visitor);
        }
        List<ContractRound> rounds = initiative.contractRounds();
        for (int i = 0; i < rounds.size(); i++) {
            PropertyPath round = path.element("contractRounds", i);
            all(rounds.get(i).signatories(), null, round, "signatories", visitor);
            List<RoundCommitment> pledged = rounds.get(i).commitments();
            for (int c = 0; c < pledged.size(); c++) {
                if (visitor.rejects(pledged.get(c).party(), null)) {
                    visitor.report(round.element("commitments", c).property("party"));
                }
            }
        }
        List<FundingSource> sources = initiative.fundingSources();
        for (int i = 0; i < sources.size(); i++) {
            ActorId funder = sources.get(i).funder();
            if (funder != null) {
                if (visitor.rejects(funder, null)) {
                    visitor.report(path.element("fundingSources", i).property("funder"));
                }
            }
        }
        List<Indicator> indicators = initiative.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            ActorId owner = indicators.get(i).owner();
            if (owner != null) {
                if (visitor.rejects(owner, null)) {
                    visitor.report(path.element("indicators", i).property("owner"));
                }
            }
        }
    }

    /** Visits an action's references; its path is built only for a rejected one, as a plan holds thousands. */
    private static void action(Action action, PropertyPath plan, int index, Visitor visitor) {
        if (visitor.rejects(action.responsible(), null)) {
            visitor.report(plan.element("actions", index).property("responsible"));
        }
        List<ActorId> participants = action.participants();
        for (int i = 0; i < participants.size(); i++) {
            if (visitor.rejects(participants.get(i), null)) {
                visitor.report(plan.element("actions", index).element("participants", i));
            }
        }
    }

    private static void all(List<ActorId> ids, @Nullable Set<ActorKind> required, PropertyPath owner, String list,
            Visitor visitor) {
        for (int i = 0; i < ids.size(); i++) {
            if (visitor.rejects(ids.get(i), required)) {
                visitor.report(owner.element(list, i));
            }
        }
    }
}
