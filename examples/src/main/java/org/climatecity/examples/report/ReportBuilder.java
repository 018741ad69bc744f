package org.climatecity.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Place;
import org.climatecity.core.calc.ActionEffects;
import org.climatecity.core.calc.EmissionsProjection;
import org.climatecity.core.calc.GapAnalysis;
import org.climatecity.core.calc.MatchedEmissions;
import org.climatecity.core.calc.TargetEmissions;
import org.climatecity.core.calc.TargetPaths;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.Trends;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.registry.SwedishRegions;
import org.climatecity.core.targets.ClimateTarget;

/**
 * Builds the {@link ReportModel} of a document: the programme's and initiative's facts before and after the change
 * date, and each city's trend against its target with the gap, all through the library's public calculations
 * ({@code org.climatecity.core.calc}).
 *
 * <p>The change date is the start of the initiative's latest scope (1 December 2024 for Klimatneutrala Borlänge);
 * "before" is the day before it. Each municipality with inventories is measured against a target it owns alone or,
 * failing that, its share of a joint target (the joint path scaled by its share of the joint baseline); each joint
 * target whose owners all have inventories is also reported for the owners together. The trend is Klimatkollen's:
 * least absolute deviations from 2015, anchored at the last observed year. The action plans' actions count for a
 * city when it is responsible for them, or when a non-municipal actor is responsible and the city takes part.
 *
 * @since 0.1.0
 */
public final class ReportBuilder {

    /** The last year of the projections: Sweden's national net-zero year. */
    public static final int HORIZON = 2045;

    /** The years the scaling is reported for. */
    public static final List<Integer> REPORT_YEARS = List.of(2030, 2035, 2045);

    private final ProgrammeDocument document;
    private final Initiative initiative;

    private ReportBuilder(ProgrammeDocument document, Initiative initiative) {
        this.document = document;
        this.initiative = initiative;
    }

    /**
     * Obtains a builder for the first initiative of a document.
     *
     * @param document the document, valid, not null
     * @return the builder
     * @throws ClimateCityException if the document has no initiative
     */
    public static ReportBuilder of(ProgrammeDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.initiatives().isEmpty()) {
            throw new ClimateCityException("document must have an initiative to report on, had none");
        }
        return new ReportBuilder(document, document.initiatives().get(0));
    }

    /**
     * Returns the initiative reported on.
     *
     * @return the initiative, not null
     */
    public Initiative initiative() {
        return initiative;
    }

    /**
     * Returns the change date: the start of the initiative's latest scope.
     *
     * @return the date, not null
     */
    public LocalDate after() {
        return initiative.scopes().stream().map(InitiativeScope::from).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * Returns the day before the change date.
     *
     * @return the date, not null
     */
    public LocalDate before() {
        return after().minusDays(1);
    }

    /**
     * Builds the report from the cities' facts and the scaling, each computed once by the caller.
     *
     * @param cities the cities' facts, as {@link #cities()} gives them, not null
     * @param notes notes on illustrative figures to carry, not null
     * @param scaling the scaling facts, or null
     * @return the model
     */
    public ReportModel build(List<ReportModel.CityFacts> cities, List<String> notes,
            ReportModel.ScalingFacts scaling) {
        return new ReportModel(initiative.name() + ": " + document.firstProgramme().name() + " report", before(),
                after(),
                programme(), twins(), partners(), cities, scaling, REPORT_YEARS, notes);
    }

    /**
     * Returns the programme's and initiative's facts.
     *
     * @return the facts
     */
    public ReportModel.ProgrammeFacts programme() {
        Programme programme = document.firstProgramme();
        List<String> supported = new ArrayList<>();
        Map<ActorId, List<Support>> byRecipient = programme.support().stream()
                .collect(Collectors.groupingBy(Support::recipient, java.util.LinkedHashMap::new, Collectors.toList()));
        byRecipient.forEach((recipient, support) -> supported.add(name(recipient) + ": " + support.stream()
                .map(s -> s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).distinct()
                .collect(Collectors.joining(" and "))));
        return new ReportModel.ProgrammeFacts(programme.name(), initiative.name(), programme.memberCountOn(before()),
                programme.memberCountOn(after()), programme.membersOn(after()).size(),
                programme.agenciesOn(after()).size(), scope(before()), scope(after()), supported);
    }

    private String scope(LocalDate date) {
        return initiative.scopeOn(date).map(s -> describePlace(s.geography())).orElse("-");
    }

    /** Describes an area by the name of the document's place whose identifiers name it, else by its codes. */
    private String describePlace(Geography area) {
        if (area instanceof Geography.LauArea || area instanceof Geography.NutsArea) {
            for (Actor actor : document.actors()) {
                if (actor instanceof Place place && place.area().filter(area::equals).isPresent()) {
                    return level(area) + ": " + place.name() + " (" + code(area) + ")";
                }
            }
        }
        return describe(area);
    }

    /**
     * Describes an area in words, such as {@code regional: Dalarnas län (20)}.
     *
     * @param area the area, not null
     * @return the description
     */
    public static String describe(Geography area) {
        String level = level(area);
        if (area instanceof Geography.MunicipalityArea m) {
            return level + ": " + SwedishRegions.get().municipality(m.code()).map(r -> r.name()).orElse("municipality")
                    + " (" + m.code() + ")";
        }
        if (area instanceof Geography.CountyArea c) {
            return level + ": " + SwedishRegions.get().county(c.code()).map(r -> r.name()).orElse("county") + " ("
                    + c.code() + ")";
        }
        if (area instanceof Geography.CountryArea c) {
            return "national: " + c.code();
        }
        if (area instanceof Geography.LauArea || area instanceof Geography.NutsArea) {
            return level + ": " + code(area);
        }
        Geography.CountryGroupArea group = (Geography.CountryGroupArea) area;
        return "EU: " + group.name() + " (" + group.countries().size() + " countries)";
    }

    private static String level(Geography area) {
        return area.level().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The code of a LAU or NUTS area as the report writes it, such as {@code LAU DE:09162000}. */
    private static String code(Geography area) {
        return area instanceof Geography.LauArea lau ? "LAU " + lau.code()
                : "NUTS " + ((Geography.NutsArea) area).code();
    }

    /**
     * Returns the twin pairings.
     *
     * @return the pairings, in document order
     */
    public List<ReportModel.TwinFacts> twins() {
        List<ReportModel.TwinFacts> twins = new ArrayList<>();
        for (TwinPairing pairing : initiative.twinPairings()) {
            List<String> shared = pairing.sharedTargets().stream()
                    .map(id -> initiative.target(id).map(ClimateTarget::name).orElse(id.value())).toList();
            twins.add(new ReportModel.TwinFacts(name(pairing.pilotCity()), name(pairing.twinCity()), pairing.since(),
                    shared));
        }
        return twins;
    }

    /**
     * Returns the partners with their roles before and after the change date.
     *
     * @return the partners, in document order
     */
    public List<ReportModel.PartnerFacts> partners() {
        List<ReportModel.PartnerFacts> partners = new ArrayList<>();
        for (Partnership partnership : initiative.partnerships()) {
            String kind = document.actor(partnership.partner()).map(a -> a.kind().typeName().replace('-', ' '))
                    .orElse("unknown");
            partners.add(new ReportModel.PartnerFacts(name(partnership.partner()), kind,
                    partnership.rolesOn(before()), partnership.rolesOn(after())));
        }
        return partners;
    }

    /**
     * Returns the cities with inventories, each against its target, then the joint targets' owners together.
     *
     * <p>The inventories and targets are looked up by owner in maps made once, and each target's emissions are
     * computed on the inventories of its owners alone, so that the time grows with the document, not with its
     * municipalities times its inventories (a document of every municipality of the EU has 100,000 and a million).
     *
     * @return the cities' facts
     */
    public List<ReportModel.CityFacts> cities() {
        Map<ActorId, List<EmissionsInventory>> inventories = inventoriesByOwner();
        Map<ActorId, List<ClimateTarget>> targets = new HashMap<>();
        for (ClimateTarget target : allTargets()) {
            for (ActorId owner : target.owners()) {
                targets.computeIfAbsent(owner, o -> new ArrayList<>()).add(target);
            }
        }
        Set<ActorId> municipalities = new HashSet<>();
        document.actorsOfKind(Municipality.class).forEach(m -> municipalities.add(m.id()));
        List<ReportModel.CityFacts> cities = new ArrayList<>();
        for (Municipality city : document.actorsOfKind(Municipality.class)) {
            List<ClimateTarget> own = targets.getOrDefault(city.id(), List.of());
            if (!inventories.containsKey(city.id()) || own.isEmpty()) {
                continue;
            }
            ProgrammeDocument local = withInventoriesOf(Set.of(city.id()), inventories);
            Optional<ClimateTarget> alone = own.stream().filter(t -> t.owners().size() == 1).findFirst();
            List<Action> actions = actionsOf(Set.of(city.id()), municipalities);
            if (alone.isPresent()) {
                // the emissions the target counts: its boundary and sectors, complete years only
                YearlySeries counted = TargetEmissions.series(local, alone.get()).orElse(null);
                if (counted != null) {
                    facts(local, city.name(), codeOf(city), alone.get().name(), alone.get(), 1.0, counted, actions,
                            Set.of(city.id())).ifPresent(cities::add);
                }
                continue;
            }
            for (ClimateTarget joint : own) {
                ProgrammeDocument owners = withInventoriesOf(joint.owners(), inventories);
                OptionalDouble share = baselineShare(owners, city.id(), joint);
                YearlySeries counted = TargetEmissions.series(local, ownedBy(joint, city.id())).orElse(null);
                if (share.isPresent() && counted != null) {
                    facts(owners, city.name(), codeOf(city), joint.name() + " (" + city.name() + "'s share)", joint,
                            share.getAsDouble(), counted, actions, Set.of(city.id())).ifPresent(cities::add);
                    break;
                }
            }
        }
        for (ClimateTarget joint : allTargets()) {
            if (!joint.isJoint()) {
                continue;
            }
            List<Municipality> owners = joint.owners().stream().map(document::actor).flatMap(Optional::stream)
                    .filter(Municipality.class::isInstance).map(Municipality.class::cast).toList();
            ProgrammeDocument local = withInventoriesOf(joint.owners(), inventories);
            YearlySeries history = owners.size() == joint.owners().size()
                    ? TargetEmissions.series(local, joint).orElse(null) : null;
            if (history != null) {
                String names = owners.stream().map(Municipality::name).collect(Collectors.joining(" + "));
                String codes = owners.stream().map(ReportBuilder::codeOf).collect(Collectors.joining("+"));
                facts(local, names, codes, joint.name(), joint, 1.0, history,
                        actionsOf(Set.copyOf(joint.owners()), municipalities), Set.copyOf(joint.owners()))
                        .ifPresent(cities::add);
            }
        }
        return cities;
    }

    /** Returns each owner's inventories, ordered by year as {@link ProgrammeDocument#inventoriesOf} orders them. */
    private Map<ActorId, List<EmissionsInventory>> inventoriesByOwner() {
        Map<ActorId, List<EmissionsInventory>> byOwner = new HashMap<>();
        for (EmissionsInventory inventory : document.inventories()) {
            byOwner.computeIfAbsent(inventory.owner(), o -> new ArrayList<>()).add(inventory);
        }
        byOwner.values().forEach(list -> list.sort(Comparator.comparingInt(EmissionsInventory::year)));
        return byOwner;
    }

    /** Returns the document with the inventories of some owners only, for the calculations on those owners. */
    private ProgrammeDocument withInventoriesOf(Collection<ActorId> owners,
            Map<ActorId, List<EmissionsInventory>> inventories) {
        List<EmissionsInventory> owned = new ArrayList<>();
        for (ActorId owner : owners) {
            owned.addAll(inventories.getOrDefault(owner, List.of()));
        }
        return new ProgrammeDocument(document.actors(), document.programmes(), document.initiatives(), owned,
                document.scenarios());
    }

    /**
     * Returns a city's facts; {@code local} is the document with the inventories of the target's owners, or of the
     * city for its share of a joint target.
     */
    private Optional<ReportModel.CityFacts> facts(ProgrammeDocument local, String name, String code,
            String targetName, ClimateTarget target, double share, YearlySeries history, List<Action> actions,
            Set<ActorId> owners) {
        EmissionsProjection targetPath;
        try {
            targetPath = share(TargetPaths.forTarget(withBaselineValue(local, target)), share);
        } catch (ClimateCityException e) {
            return Optional.empty();
        }
        if (history.from(Trends.KLIMATKOLLEN_SINCE_YEAR).size() < 2) {
            return Optional.empty();
        }
        Trend trend = Trends.lad(history, Trends.KLIMATKOLLEN_SINCE_YEAR);
        int last = history.lastYear();
        int horizon = Math.max(HORIZON, target.targetYear());
        EmissionsProjection trendPath = trend.anchoredPath(last, horizon);
        EmissionsProjection withActions = ActionEffects.trendWithActions(trendPath, actions);
        EmissionsProjection carbonLaw = TargetPaths.carbonLaw(last, history.lastValue(), horizon);
        // the gap exists where the trend (from the last observed year) and the target path overlap
        int gapFrom = Math.max(trendPath.firstYear(), targetPath.firstYear());
        int gapTo = Math.min(trendPath.lastYear(), targetPath.lastYear());
        GapAnalysis gaps = gapFrom <= gapTo ? GapAnalysis.of(targetPath, trendPath, actions, gapFrom, gapTo) : null;
        OptionalDouble zero = trend.zeroYear();
        Integer zeroYear = zero.isPresent() ? (int) Math.floor(zero.getAsDouble()) : null;
        int counted = (int) actions.stream().filter(a -> a.status().delivers()).count();
        return Optional.of(new ReportModel.CityFacts(name, code, targetName, target.targetYear(), history.toMap(),
                trend.slope(), map(trendPath), zeroYear, map(targetPath), map(carbonLaw), map(withActions), gaps,
                counted, historyLabel(local, owners, history)));
    }

    /**
     * Returns the legend of a city's emissions history from its inventories' provenance: "Observed" with the sources'
     * publishers when all are sourced, otherwise "Emissions" with the publishers and the kinds that name no source,
     * such as {@code Emissions (illustrative)}.
     */
    private static String historyLabel(ProgrammeDocument local, Set<ActorId> owners, YearlySeries history) {
        Set<Integer> years = history.toMap().keySet();
        Set<String> parts = new java.util.LinkedHashSet<>();
        boolean allSourced = true;
        for (ActorId owner : owners) {
            for (EmissionsInventory inventory : local.inventoriesOf(owner)) {
                if (!years.contains(inventory.year())) {
                    continue;
                }
                Provenance provenance = inventory.provenance();
                if (provenance.source() != null) {
                    parts.add(provenance.source().publisher());
                } else {
                    allSourced = false;
                    parts.add(Texts.word(provenance.kind()));
                }
            }
        }
        String head = allSourced ? "Observed" : "Emissions";
        return parts.isEmpty() ? head : head + " (" + String.join("; ", parts) + ")";
    }

    /** Scales a target path by a city's share of a joint target; a share of 1 leaves it as it is. */
    private static EmissionsProjection share(EmissionsProjection path, double share) {
        if (share == 1.0) {
            return path;
        }
        double[] values = path.toArray();
        for (int i = 0; i < values.length; i++) {
            values[i] *= share;
        }
        return EmissionsProjection.of(path.kind(), path.firstYear(), values);
    }

    private static SortedMap<Integer, Double> map(EmissionsProjection projection) {
        SortedMap<Integer, Double> map = new TreeMap<>();
        for (int year = projection.firstYear(); year <= projection.lastYear(); year++) {
            map.put(year, projection.valueIn(year));
        }
        return map;
    }

    /** The target as if one of its owners held it alone: the same boundary, sectors and gases. */
    private static ClimateTarget ownedBy(ClimateTarget target, ActorId owner) {
        return target.withOwners(List.of(owner));
    }

    /** The target with its baseline's value, from the matching inventories where the target states only a year. */
    private static ClimateTarget withBaselineValue(ProgrammeDocument local, ClimateTarget target) {
        if (target.baseline() == null || target.baseline().tonnesCo2e() != null) {
            return target;
        }
        return TargetEmissions.baseline(local, target).map(b -> target.withBaselineValue(b.tonnesCo2e()))
                .orElse(target);
    }

    private static OptionalDouble baselineShare(ProgrammeDocument local, ActorId city, ClimateTarget joint) {
        Optional<MatchedEmissions> base = TargetEmissions.baseline(local, joint);
        if (base.isEmpty() || base.get().tonnesCo2e() <= 0) {
            return OptionalDouble.empty();
        }
        // the city's part of the joint baseline, counted as the joint target counts (boundary, sectors)
        double own = TargetEmissions.inYear(local, ownedBy(joint, city), base.get().year())
                .map(MatchedEmissions::tonnesCo2e).orElse(Double.NaN);
        return Double.isNaN(own) ? OptionalDouble.empty() : OptionalDouble.of(own / base.get().tonnesCo2e());
    }

    private List<ClimateTarget> allTargets() {
        return document.initiatives().stream().flatMap(i -> i.targets().stream()).toList();
    }

    /**
     * Returns the actions of all action plans that count for a set of cities.
     *
     * @param cities the cities, not null
     * @param municipalities the ids of the document's municipalities, not null
     * @return the actions, in document order
     */
    List<Action> actionsOf(Set<ActorId> cities, Set<ActorId> municipalities) {
        List<Action> actions = new ArrayList<>();
        for (Initiative each : document.initiatives()) {
            for (ActionPlan plan : each.actionPlans()) {
                for (Action action : plan.actions()) {
                    boolean responsibleCity = municipalities.contains(action.responsible());
                    if (cities.contains(action.responsible())
                            || !responsibleCity && action.participants().stream().anyMatch(cities::contains)) {
                        actions.add(action);
                    }
                }
            }
        }
        return actions;
    }

    private String name(ActorId id) {
        return document.actor(id).map(Actor::name).orElse(id.value());
    }

    /** A city's code for tables: the Swedish municipality code, else its first identifier, else its id. */
    private static String codeOf(Municipality city) {
        if (city.code().isPresent()) {
            return city.code().get().value();
        }
        return city.identifiers().isEmpty() ? city.id().value() : city.identifiers().get(0).toString();
    }
}
