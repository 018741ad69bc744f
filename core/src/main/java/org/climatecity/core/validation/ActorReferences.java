package org.climatecity.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.ActorKind;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Commitment;
import org.climatecity.core.programme.ContractRound;
import org.climatecity.core.programme.RoundCommitment;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.targets.ClimateTarget;
import org.jspecify.annotations.Nullable;

/**
 * Walks every place a document refers to an actor by id, with the kind of actor the place requires, if any.
 */
final class ActorReferences {

    /**
     * Receives each reference to an actor: a check first, and the reference's path only for a reference the check
     * rejects, so that a valid document costs no paths.
     */
    interface Visitor {
        /**
         * Checks one reference.
         *
         * @param id the referenced id
         * @param required the kind the referenced actor must have, or null when any kind will do
         * @return true if the reference breaks the rule
         */
        boolean rejects(ActorId id, @Nullable ActorKind required);

        /**
         * Reports a reference the check rejected.
         *
         * @param id the referenced id
         * @param required the kind the referenced actor must have, or null when any kind will do
         * @param path the path of the reference
         */
        void report(ActorId id, @Nullable ActorKind required, PropertyPath path);
    }

    private ActorReferences() {
    }

    /**
     * Checks the two rules on actor references in one walk over them, each reference looked up once: that it names an
     * actor of the document ({@link KnownActors}) and one of the kind its place requires
     * ({@link ReferencedActorKinds}). The document rules check both at once; each rule's Jakarta validator checks its
     * own.
     *
     * @param document the document, not null
     * @param unknown where to report references to unknown actors, or null to skip that rule
     * @param wrongKind where to report references to actors of another kind than required, or null to skip that rule
     */
    static void check(ProgrammeDocument document, @Nullable Violations unknown, @Nullable Violations wrongKind) {
        Checks checks = new Checks(document.actors(), unknown, wrongKind);
        checks.beforeInitiatives(document.actors(), document.programmes());
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            checks.initiative(initiatives.get(i), i);
        }
        checks.afterInitiatives(document.inventories());
    }

    /**
     * The two rules of {@link #check}, taken in the document's order in three steps, so that {@link DocumentRules} can
     * check an initiative's references in the same walk as its other rules: the actors' and programmes' references,
     * then each initiative's, then the inventories'.
     */
    static final class Checks {

        private final Visitor visitor;
        private final boolean actorIdRepeated;

        /**
         * Creates the checks of a document.
         *
         * @param actorList the document's actors, not null
         * @param unknown where to report references to unknown actors, or null to skip that rule
         * @param wrongKind where to report references to actors of another kind than required, or null to skip it
         */
        Checks(List<Actor> actorList, @Nullable Violations unknown, @Nullable Violations wrongKind) {
            Map<ActorId, Actor> actors = index(actorList);
            actorIdRepeated = actors.size() < actorList.size();
            visitor = new Visitor() {
                @Override
                public boolean rejects(ActorId id, @Nullable ActorKind required) {
                    Actor actor = actors.get(id);
                    if (actor == null) {
                        return unknown != null;
                    }
                    return wrongKind != null && required != null && actor.kind() != required;
                }

                @Override
                public void report(ActorId id, @Nullable ActorKind required, PropertyPath path) {
                    Actor actor = actors.get(id);
                    if (actor == null) {
                        Objects.requireNonNull(unknown, "unknown").add(path, "references unknown actor '" + id + "'");
                    } else {
                        // names are free text of any length: the message shows at most the first 40 characters
                        Objects.requireNonNull(wrongKind, "wrongKind").add(path, "must name "
                                + DocumentRule.article(noun(Objects.requireNonNull(required, "required"))) + ", but '"
                                + id + "' (" + Texts.abbreviate(actor.name()) + ") is "
                                + DocumentRule.article(noun(actor.kind())));
                    }
                }
            };
        }

        /**
         * Tells whether two actors of the document have one id, as the index of the actors by id, which keeps the first,
         * holds fewer actors than the document.
         *
         * @return true if an actor id is repeated
         */
        boolean actorIdRepeated() {
            return actorIdRepeated;
        }

        /** Checks the references of the actors and the programmes. */
        void beforeInitiatives(List<Actor> actors, List<Programme> programmes) {
            actorsAndProgrammes(actors, programmes, visitor);
        }

        /** Checks the references of one initiative, the document's {@code index}-th. */
        void initiative(Initiative initiative, int index) {
            ActorReferences.initiative(initiative, PropertyPath.of("initiatives", index), visitor);
        }

        /** Checks the references of the inventories. */
        void afterInitiatives(List<EmissionsInventory> inventories) {
            inventories(inventories, visitor);
        }
    }

    private static String noun(ActorKind kind) {
        return kind.typeName().replace('-', ' ');
    }

    /** Returns the actors by id; where an id repeats (a violation of its own), the first actor wins. */
    static Map<ActorId, Actor> index(List<Actor> actorList) {
        Map<ActorId, Actor> actors = new HashMap<>(actorList.size() * 2);
        for (Actor actor : actorList) {
            actors.putIfAbsent(actor.id(), actor);
        }
        return actors;
    }

    /** Visits every actor reference of a document, in document order. */
    static void forEach(ProgrammeDocument document, Visitor visitor) {
        actorsAndProgrammes(document.actors(), document.programmes(), visitor);
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            initiative(initiatives.get(i), PropertyPath.of("initiatives", i), visitor);
        }
        inventories(document.inventories(), visitor);
    }

    private static void actorsAndProgrammes(List<Actor> actors, List<Programme> programmes, Visitor visitor) {
        for (int i = 0; i < actors.size(); i++) {
            // that it names a place is checked by consistent-places
            if (actors.get(i) instanceof Place place && place.partOf() != null) {
                if (visitor.rejects(place.partOf(), null)) {
                    visitor.report(place.partOf(), null, PropertyPath.of("actors", i).property("partOf"));
                }
            }
        }
        for (int i = 0; i < programmes.size(); i++) {
            programme(programmes.get(i), PropertyPath.of("programmes", i), visitor);
        }
    }

    private static void inventories(List<EmissionsInventory> inventories, Visitor visitor) {
        for (int i = 0; i < inventories.size(); i++) {
            if (visitor.rejects(inventories.get(i).owner(), null)) {
                visitor.report(inventories.get(i).owner(), null, PropertyPath.of("inventories", i).property("owner"));
            }
        }
    }

    private static void programme(Programme programme, PropertyPath path, Visitor visitor) {
        if (programme.office() != null) {
            if (visitor.rejects(programme.office(), ActorKind.PROGRAMME_OFFICE)) {
                visitor.report(programme.office(), ActorKind.PROGRAMME_OFFICE, path.property("office"));
            }
        }
        List<Membership> members = programme.members();
        for (int i = 0; i < members.size(); i++) {
            if (visitor.rejects(members.get(i).member(), ActorKind.MUNICIPALITY)) {
                visitor.report(members.get(i).member(), ActorKind.MUNICIPALITY,
                        path.element("members", i).property("member"));
            }
        }
        List<Membership> agencies = programme.agencies();
        for (int i = 0; i < agencies.size(); i++) {
            if (visitor.rejects(agencies.get(i).member(), ActorKind.NATIONAL_AGENCY)) {
                visitor.report(agencies.get(i).member(), ActorKind.NATIONAL_AGENCY,
                        path.element("agencies", i).property("member"));
            }
        }
        List<Support> support = programme.support();
        for (int i = 0; i < support.size(); i++) {
            if (visitor.rejects(support.get(i).recipient(), null)) {
                visitor.report(support.get(i).recipient(), null, path.element("support", i).property("recipient"));
            }
        }
    }

    private static void initiative(Initiative initiative, PropertyPath path, Visitor visitor) {
        if (visitor.rejects(initiative.leadCity(), ActorKind.MUNICIPALITY)) {
            visitor.report(initiative.leadCity(), ActorKind.MUNICIPALITY, path.property("leadCity"));
        }
        List<TwinPairing> twins = initiative.twinPairings();
        for (int i = 0; i < twins.size(); i++) {
            PropertyPath twin = path.element("twinPairings", i);
            if (visitor.rejects(twins.get(i).pilotCity(), ActorKind.MUNICIPALITY)) {
                visitor.report(twins.get(i).pilotCity(), ActorKind.MUNICIPALITY, twin.property("pilotCity"));
            }
            if (visitor.rejects(twins.get(i).twinCity(), ActorKind.MUNICIPALITY)) {
                visitor.report(twins.get(i).twinCity(), ActorKind.MUNICIPALITY, twin.property("twinCity"));
            }
        }
        List<Partnership> partnerships = initiative.partnerships();
        for (int i = 0; i < partnerships.size(); i++) {
            if (visitor.rejects(partnerships.get(i).partner(), null)) {
                visitor.report(partnerships.get(i).partner(), null,
                        path.element("partnerships", i).property("partner"));
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
                visitor.report(commitments.get(i).stakeholder(), null,
                        path.element("commitments", i).property("stakeholder"));
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
            all(pilots.get(i).hostCities(), ActorKind.MUNICIPALITY, path.element("pilots", i), "hostCities",
                    visitor);
        }
        List<ContractRound> rounds = initiative.contractRounds();
        for (int i = 0; i < rounds.size(); i++) {
            PropertyPath round = path.element("contractRounds", i);
            all(rounds.get(i).signatories(), null, round, "signatories", visitor);
            List<RoundCommitment> pledged = rounds.get(i).commitments();
            for (int c = 0; c < pledged.size(); c++) {
                if (visitor.rejects(pledged.get(c).party(), null)) {
                    visitor.report(pledged.get(c).party(), null, round.element("commitments", c).property("party"));
                }
            }
        }
        List<FundingSource> sources = initiative.fundingSources();
        for (int i = 0; i < sources.size(); i++) {
            ActorId funder = sources.get(i).funder();
            if (funder != null) {
                if (visitor.rejects(funder, null)) {
                    visitor.report(funder, null, path.element("fundingSources", i).property("funder"));
                }
            }
        }
        List<Indicator> indicators = initiative.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            ActorId owner = indicators.get(i).owner();
            if (owner != null) {
                if (visitor.rejects(owner, null)) {
                    visitor.report(owner, null, path.element("indicators", i).property("owner"));
                }
            }
        }
    }

    /** Visits an action's references; its path is built only for a rejected one, as a plan holds thousands. */
    private static void action(Action action, PropertyPath plan, int index, Visitor visitor) {
        if (visitor.rejects(action.responsible(), null)) {
            visitor.report(action.responsible(), null, plan.element("actions", index).property("responsible"));
        }
        List<ActorId> participants = action.participants();
        for (int i = 0; i < participants.size(); i++) {
            if (visitor.rejects(participants.get(i), null)) {
                visitor.report(participants.get(i), null,
                        plan.element("actions", index).element("participants", i));
            }
        }
    }

    private static void all(List<ActorId> ids, @Nullable ActorKind required, PropertyPath owner, String list,
            Visitor visitor) {
        for (int i = 0; i < ids.size(); i++) {
            if (visitor.rejects(ids.get(i), required)) {
                visitor.report(ids.get(i), required, owner.element(list, i));
            }
        }
    }
}
