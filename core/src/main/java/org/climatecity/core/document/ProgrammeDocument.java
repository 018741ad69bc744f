package org.climatecity.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorSector;
import org.climatecity.core.actor.Place;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.scenario.Scenario;

/**
 * A whole programme document: the actors, the programmes they take part in (none, one, or several that share
 * members, such as Viable Cities and the EU Cities Mission), the initiatives and the emissions inventories. It is
 * the unit that tools exchange and that is validated as a whole. A document of imported inventories may hold no
 * programme at all.
 *
 * <p>Each object of the model checks its own rules when created. The rules that span several objects — every
 * referenced id names an actor of the right kind, twin cities are two different municipalities, periods of one role
 * do not overlap, stages nest and start in order, years are in order — are the document rules (see the
 * {@linkplain org.climatecity.core.document package description} for the rules and their codes):
 * {@link DocumentRules#check(ProgrammeDocument)} checks them as plain Java, and any Jakarta Validation provider
 * through the one class-level constraint {@link SatisfiesDocumentRules}, reporting every violation with its property
 * path.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actors all actors of the document, not null
 * @param programmes the programmes, not null
 * @param initiatives the initiatives, not null
 * @param inventories the emissions inventories, not null
 * @param scenarios the emissions scenarios of the owners of inventories, several per owner where they are compared,
 *     not null
 * @since 0.1.0
 */
@SatisfiesDocumentRules
public record ProgrammeDocument(List<Actor> actors, List<Programme> programmes, List<Initiative> initiatives,
        List<EmissionsInventory> inventories, List<Scenario> scenarios) {

    /**
     * Creates a document.
     *
     * @param actors the actors, not null
     * @param programmes the programmes, not null
     * @param initiatives the initiatives, not null
     * @param inventories the inventories, not null
     * @param scenarios the scenarios, not null
     * @throws ClimateCityException if a component is missing
     */
    public ProgrammeDocument {
        actors = Require.list(actors, "actors");
        programmes = Require.list(programmes, "programmes");
        initiatives = Require.list(initiatives, "initiatives");
        inventories = Require.list(inventories, "inventories");
        scenarios = Require.list(scenarios, "scenarios");
    }

    /**
     * Creates a document without scenarios.
     *
     * @param actors the actors, not null
     * @param programmes the programmes, not null
     * @param initiatives the initiatives, not null
     * @param inventories the inventories, not null
     * @throws ClimateCityException if a component is missing
     */
    public ProgrammeDocument(List<Actor> actors, List<Programme> programmes, List<Initiative> initiatives,
            List<EmissionsInventory> inventories) {
        this(actors, programmes, initiatives, inventories, List.of());
    }

    /**
     * Returns a copy with other scenarios.
     *
     * @param values the scenarios, not null
     * @return the copy
     * @throws ClimateCityException if the list is null or holds null
     */
    public ProgrammeDocument withScenarios(List<Scenario> values) {
        return new ProgrammeDocument(actors, programmes, initiatives, inventories, values);
    }

    /**
     * Returns the scenarios of an owner.
     *
     * @param owner the owner, not null
     * @return the scenarios, in document order
     */
    public List<Scenario> scenariosOf(ActorId owner) {
        Objects.requireNonNull(owner, "owner");
        return scenarios.stream().filter(s -> s.owner().equals(owner)).toList();
    }

    /**
     * Returns the action with an id, in any initiative's action plans.
     *
     * @param id the id, not null
     * @return the first action with that id, or empty
     */
    public Optional<Action> action(LocalId id) {
        Objects.requireNonNull(id, "id");
        for (Initiative initiative : initiatives) {
            for (ActionPlan plan : initiative.actionPlans()) {
                for (Action action : plan.actions()) {
                    if (action.id().equals(id)) {
                        return Optional.of(action);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the actor with an id.
     *
     * @param id the id, not null
     * @return the first actor with that id, or empty
     */
    public Optional<Actor> actor(ActorId id) {
        Objects.requireNonNull(id, "id");
        for (Actor actor : actors) {
            if (actor.id().equals(id)) {
                return Optional.of(actor);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the actor with an id, failing when there is none.
     *
     * @param id the id, not null
     * @return the actor
     * @throws ClimateCityException if no actor has the id
     */
    public Actor requireActor(ActorId id) {
        return actor(id).orElseThrow(() -> new ClimateCityException("document has no actor with id '" + id + "'"));
    }

    /**
     * Returns the place with an identifier, such as {@code lau:DE:09162000} or {@code se-kommun:2081}: a lookup by
     * any of a place's identifiers.
     *
     * @param identifier the identifier, not null
     * @return the first place with that identifier, or empty
     */
    public Optional<Place> place(Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        for (Actor actor : actors) {
            if (actor instanceof Place place && place.identifiers().contains(identifier)) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the places a place is part of, nearest first: a municipality's county, then its country, then a group
     * of countries. The chain stops at a place without {@code partOf}, at an id that names no place, and before any
     * place it has already passed (a cycle, which the rule {@code consistent-places} reports).
     *
     * @param place the place, not null
     * @return the enclosing places, nearest first
     */
    public List<Place> enclosingPlaces(Place place) {
        Objects.requireNonNull(place, "place");
        List<Place> chain = new ArrayList<>();
        Set<ActorId> seen = new HashSet<>();
        seen.add(place.id());
        ActorId next = place.partOf();
        while (next != null && seen.add(next) && actor(next).orElse(null) instanceof Place enclosing) {
            chain.add(enclosing);
            next = enclosing.partOf();
        }
        return List.copyOf(chain);
    }

    /**
     * Returns all actors of a kind, such as all {@link org.climatecity.core.actor.Municipality municipalities}.
     *
     * @param <T> the kind
     * @param kind the actor type, not null
     * @return the actors of that type, in document order
     */
    public <T extends Actor> List<T> actorsOfKind(Class<T> kind) {
        Objects.requireNonNull(kind, "kind");
        return actors.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /**
     * Returns the initiative with an id.
     *
     * @param id the id, not null
     * @return the initiative, or empty
     */
    public Optional<Initiative> initiative(LocalId id) {
        Objects.requireNonNull(id, "id");
        return initiatives.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Returns the first programme: the one a document about one programme is about.
     *
     * @return the first programme, not null
     * @throws ClimateCityException if the document holds no programme
     */
    public Programme firstProgramme() {
        if (programmes.isEmpty()) {
            throw new ClimateCityException("document holds no programme");
        }
        return programmes.get(0);
    }

    /**
     * Returns the programme with a name.
     *
     * @param name the name, not null
     * @return the first programme of that name, or empty
     */
    public Optional<Programme> programme(String name) {
        Objects.requireNonNull(name, "name");
        return programmes.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Returns the member cities known by name on a date of any programme of the document, as actors, each once.
     *
     * @param date the date, not null
     * @return the members, in the order of the programmes and their members; ids that name no actor are left out
     */
    public List<Actor> membersOn(LocalDate date) {
        return programmes.stream().flatMap(p -> p.membersOn(date).stream()).distinct().map(this::actor)
                .flatMap(Optional::stream).toList();
    }

    /**
     * Returns the participants of a forum in any initiative, grouped by sector.
     *
     * @param forumId the forum's id, not null
     * @return the participants per sector, sectors in their natural order, participants in document order;
     *     sectors without participants are absent
     * @throws ClimateCityException if no initiative has a forum with the id
     */
    public Map<ActorSector, List<Actor>> forumParticipantsBySector(LocalId forumId) {
        CollaborationForum forum = initiatives.stream().map(i -> i.forum(forumId)).flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new ClimateCityException("document has no forum with id '" + forumId + "'"));
        Map<ActorSector, List<Actor>> bySector = new EnumMap<>(ActorSector.class);
        for (ActorId id : forum.participants()) {
            actor(id).ifPresent(a -> bySector.computeIfAbsent(a.sector(), s -> new java.util.ArrayList<>()).add(a));
        }
        bySector.replaceAll((sector, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(bySector);
    }

    /**
     * Returns the roles a partner holds in an initiative on a date.
     *
     * @param initiativeId the initiative's id, not null
     * @param partner the partner, not null
     * @param date the date, not null
     * @return the roles, empty when the actor is not a partner or holds no role then
     * @throws ClimateCityException if there is no initiative with the id
     */
    public Set<PartnerRole> partnerRolesOn(LocalId initiativeId, ActorId partner, LocalDate date) {
        Initiative initiative = initiative(initiativeId).orElseThrow(
                () -> new ClimateCityException("document has no initiative with id '" + initiativeId + "'"));
        return initiative.partnership(partner).map(p -> p.rolesOn(date))
                .orElseGet(() -> java.util.EnumSet.noneOf(PartnerRole.class));
    }

    /**
     * Returns the emissions inventories of an owner, ordered by year.
     *
     * @param owner the owner, not null
     * @return the inventories, oldest first
     */
    public List<EmissionsInventory> inventoriesOf(ActorId owner) {
        Objects.requireNonNull(owner, "owner");
        return inventories.stream().filter(i -> i.owner().equals(owner))
                .sorted(java.util.Comparator.comparingInt(EmissionsInventory::year)).toList();
    }

    /**
     * Returns the emissions inventories of an owner within one boundary, ordered by year; where several sources give
     * the same year, all are returned, in document order.
     *
     * @param owner the owner, not null
     * @param boundary the boundary, not null
     * @return the inventories, oldest first
     */
    public List<EmissionsInventory> inventoriesOf(ActorId owner, Boundary boundary) {
        Objects.requireNonNull(boundary, "boundary");
        return inventoriesOf(owner).stream().filter(i -> i.boundary() == boundary).toList();
    }

    /**
     * Returns a builder of a document of programmes, to which actors, initiatives and inventories are added one by
     * one.
     *
     * @param programme the programmes, none or more
     * @return a new builder
     */
    public static Builder builder(Programme... programme) {
        return new Builder(List.of(programme));
    }

    /**
     * Builds a {@link ProgrammeDocument}. Not thread-safe; the document it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Programme> programmes;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Initiative> initiatives = new ArrayList<>();
        private final List<EmissionsInventory> inventories = new ArrayList<>();
        private final List<Scenario> scenarios = new ArrayList<>();

        private Builder(List<Programme> programmes) {
            this.programmes = programmes;
        }

        /**
         * Adds actors.
         *
         * @param actor the actors, not null
         * @return this builder
         */
        public Builder actors(Actor... actor) {
            actors.addAll(List.of(actor));
            return this;
        }

        /**
         * Adds an initiative.
         *
         * @param initiative the initiative, not null
         * @return this builder
         */
        public Builder initiative(Initiative initiative) {
            initiatives.add(initiative);
            return this;
        }

        /**
         * Adds an emissions inventory.
         *
         * @param inventory the inventory, not null
         * @return this builder
         */
        public Builder inventory(EmissionsInventory inventory) {
            inventories.add(inventory);
            return this;
        }

        /**
         * Adds an emissions scenario.
         *
         * @param scenario the scenario, not null
         * @return this builder
         */
        public Builder scenario(Scenario scenario) {
            scenarios.add(scenario);
            return this;
        }

        /**
         * Builds the document. It is not validated here: check its rules with
         * {@link DocumentRules#check(ProgrammeDocument)} or a Jakarta Validation provider.
         *
         * @return the document
         * @throws ClimateCityException if a component is missing
         */
        public ProgrammeDocument build() {
            return new ProgrammeDocument(actors, programmes, initiatives, inventories, scenarios);
        }
    }
}
