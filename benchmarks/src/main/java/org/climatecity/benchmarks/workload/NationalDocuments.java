package org.climatecity.benchmarks.workload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.action.Lever;
import org.climatecity.core.actor.AcademicInstitution;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.CivilSocietyOrganisation;
import org.climatecity.core.actor.Company;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.NationalAgency;
import org.climatecity.core.actor.ProgrammeOffice;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.finance.FundingInstrument;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.FundingStatus;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.indicators.Direction;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Commitment;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.PublishedMemberCount;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.SupportKind;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.registry.RegisteredCounty;
import org.climatecity.core.registry.SwedishRegions;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;
import org.climatecity.core.targets.PathwayShape;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.core.time.DateRange;
import org.climatecity.core.time.YearRange;
import org.climatecity.interop.reference.SwedishReferenceData;

/**
 * Builds the national benchmark document through the core model API: all 290 Swedish municipalities with their real
 * emissions inventories by sector (every published year from 1990 to 2024), each leading an initiative with an action
 * plan of {@value #ACTIONS_PER_PLAN} actions with indicators, partners with role histories, a forum, commitments,
 * targets, a twin city, and a pilot scaled from the city to its county (whose municipalities a scaling run takes from
 * reference data) and to Sweden.
 *
 * <p>The emissions and populations are real (from {@link SwedishReferenceData}); the actions, partners, targets and
 * pilots are generated from a seed, so the same seed always gives the same document, and they say so in their
 * provenance. The document is valid: every reference resolves, periods of one role never overlap, stages nest.
 *
 * <p>Immutable and thread-safe (a utility class).
 *
 * @since 0.1.0
 */
public final class NationalDocuments {

    /** The seed the benchmarks use. */
    public static final long DEFAULT_SEED = 20_241_204L;

    /** The number of actions in each municipality's action plan. */
    public static final int ACTIONS_PER_PLAN = 30;

    private static final int COMPANIES = 120;
    private static final int ACADEMIC_INSTITUTIONS = 30;
    private static final int CIVIL_SOCIETY_ORGANISATIONS = 60;
    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);
    private static final Provenance GENERATED = Provenance.illustrative(
            "generated for the benchmarks from a fixed seed; not a real plan");
    private static final String[] AGENCIES = {"Energimyndigheten", "Vinnova", "Formas", "Tillväxtverket",
        "Trafikverket", "Naturvårdsverket"};
    private static final String[] ACTION_TITLES = {
        "Connect %s's public buildings to fossil-free district heating",
        "Expand charging infrastructure for electric cars in %s",
        "Electrify the municipal vehicle fleet of %s",
        "Introduce food-waste collection in every district of %s",
        "Plant urban trees along the main streets of %s",
        "Retrofit the rental housing stock of %s",
        "Build protected cycle lanes across %s",
        "Adopt a climate-neutral procurement policy in %s",
        "Start a citizens' climate assembly in %s",
        "Set up a climate investment fund for %s",
        "Train municipal staff in climate-neutral planning in %s",
        "Switch %s's work machinery to renewable fuels",
        "Restore wetlands around %s",
        "Install solar power on school roofs in %s",
        "Create a circular materials hub in %s",
    };
    private static final String[][] INDICATORS = {
        {"Share of renewable heat", "%"},
        {"Public charging points", "points"},
        {"Electric vehicles in the fleet", "vehicles"},
        {"Food waste collected separately", "tonnes/year"},
        {"Trees planted", "trees"},
        {"Energy use per square metre", "kWh/m2"},
        {"Cycle lanes", "km"},
        {"Residents taking part", "residents"},
        {"Installed solar power", "kW"},
    };

    private NationalDocuments() {
    }

    /**
     * Builds the national document from a seed.
     *
     * @param seed the seed of the generated parts
     * @return the document, not null
     */
    public static ProgrammeDocument build(long seed) {
        return new Builder(seed, SwedishReferenceData.get()).build();
    }

    /** Builds one document; not thread-safe, used once. */
    private static final class Builder {

        private final SplittableRandom random;
        private final SwedishReferenceData data;
        private final SwedishRegions regions = SwedishRegions.get();
        private final List<Actor> actors = new ArrayList<>();
        private final List<ActorId> partnerPool = new ArrayList<>();

        Builder(long seed, SwedishReferenceData data) {
            this.random = new SplittableRandom(seed);
            this.data = Objects.requireNonNull(data, "data");
        }

        ProgrammeDocument build() {
            ActorId office = ActorId.of("viable-cities");
            actors.add(new ProgrammeOffice(office, "Viable Cities", GovernanceLevel.NATIONAL));
            List<Membership> agencies = new ArrayList<>();
            for (String agency : AGENCIES) {
                ActorId id = ActorId.of(slug(agency));
                actors.add(new NationalAgency(id, agency, CountryCode.SWEDEN));
                agencies.add(Membership.since(id, LocalDate.of(2020, 1, 1)));
            }
            for (RegisteredCounty county : regions.counties()) {
                String name = county.name();
                actors.add(new RegionalAuthority(region(county.code()), "Region " + name, county.code()));
                actors.add(new CountyAdministrativeBoard(board(county.code()), "Länsstyrelsen " + name,
                        county.code()));
            }
            addPartnerPool();

            List<MunicipalityCode> codes = data.municipalities();
            List<Membership> members = new ArrayList<>();
            List<Support> support = new ArrayList<>();
            List<Initiative> initiatives = new ArrayList<>();
            List<EmissionsInventory> inventories = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                MunicipalityCode code = codes.get(i);
                ActorId city = municipality(code);
                actors.add(Municipality.of(city, data.name(code), code)
                        .withPopulation(List.of(data.populationFigure(code))));
                LocalDate joined = LocalDate.of(2017 + random.nextInt(8), 1 + random.nextInt(12), 1);
                members.add(Membership.since(city, joined));
                support.add(new Support(city, SupportKind.FUNDING, "Process funding for the climate contract",
                        Money.of(100_000L * (5 + random.nextInt(40)), "SEK"),
                        DateRange.of(joined, joined.plusYears(3)), null, null));
                for (int year : data.emissionsYears()) {
                    inventories.add(data.inventory(city, code, year));
                }
                MunicipalityCode twin = twinOf(codes, i);
                initiatives.add(initiative(code, city, twin, joined));
            }
            Programme programme = new Programme("Viable Cities", office, 2030, members,
                    List.of(new PublishedMemberCount(EXPANSION, codes.size(),
                            Provenance.illustrative("generated benchmark document"))),
                    agencies, support);
            return new ProgrammeDocument(actors, List.of(programme), initiatives, inventories);
        }

        private void addPartnerPool() {
            for (int i = 1; i <= COMPANIES; i++) {
                ActorId id = ActorId.of(String.format("company-%03d", i));
                GovernanceLevel level = i % 10 == 0 ? GovernanceLevel.NATIONAL : GovernanceLevel.LOCAL;
                actors.add(new Company(id, String.format("Klimatbolag %03d AB", i), level,
                        i % 3 == 0 ? organisationNumber(5_560_000_00L + i * 7919L) : null));
                partnerPool.add(id);
            }
            for (int i = 1; i <= ACADEMIC_INSTITUTIONS; i++) {
                ActorId id = ActorId.of(String.format("university-%02d", i));
                actors.add(new AcademicInstitution(id, String.format("Högskola %02d", i), GovernanceLevel.REGIONAL,
                        organisationNumber(2_021_000_00L + i * 613L)));
                partnerPool.add(id);
            }
            for (int i = 1; i <= CIVIL_SOCIETY_ORGANISATIONS; i++) {
                ActorId id = ActorId.of(String.format("association-%02d", i));
                actors.add(new CivilSocietyOrganisation(id, String.format("Klimatföreningen %02d", i),
                        GovernanceLevel.LOCAL, null));
                partnerPool.add(id);
            }
        }

        private Initiative initiative(MunicipalityCode code, ActorId city, MunicipalityCode twin, LocalDate joined) {
            String key = code.value();
            String name = data.name(code);
            ActorId twinCity = municipality(twin);
            ActorId region = region(code.county());
            ActorId board = board(code.county());

            List<InitiativeScope> scopes = new ArrayList<>();
            scopes.add(new InitiativeScope(joined, Geography.municipality(code), null));
            if (random.nextInt(4) == 0 && joined.isBefore(EXPANSION)) {
                scopes.add(new InitiativeScope(EXPANSION, Geography.county(code.county()), null));
            }

            double baseline = data.totalEmissions(code, 1990);
            LocalId neutral = LocalId.of("target-" + key + "-neutral");
            LocalId joint = LocalId.of("target-" + key + "-joint");
            List<ClimateTarget> targets = List.of(
                    new ClimateTarget(neutral, "Climate-neutral " + name, List.of(city),
                            new TargetKind.ClimateNeutral(Share.of(0.15)), Boundary.TERRITORIAL, List.of(),
                            GasBasis.ALL_GHG_AR5, new Baseline(1990, baseline), 2030 + 5 * random.nextInt(4),
                            List.of(new Milestone(2025, Share.ofPercent(40 + random.nextInt(20)), null),
                                    new Milestone(2028, Share.ofPercent(65 + random.nextInt(20)), null)),
                            PathwayShape.LINEAR, null, null, null, null, List.of()),
                    new ClimateTarget(joint, "Halve transport emissions with the twin city", List.of(city, twinCity),
                            new TargetKind.RelativeReduction(Share.ofPercent(50)), Boundary.TERRITORIAL,
                            List.of(SwedishMainSector.DOMESTIC_TRANSPORT), GasBasis.ALL_GHG_AR5,
                            new Baseline(2015, data.emissions(code, SwedishMainSector.DOMESTIC_TRANSPORT, 2015)),
                            2030, List.of(), PathwayShape.EXPONENTIAL, null, null, null, null, List.of()));

            List<ActorId> partners = pickPartners(4);
            List<Partnership> partnerships = new ArrayList<>();
            partnerships.add(new Partnership(region, List.of(
                    new RoleAssignment(PartnerRole.SUPPORTING, DateRange.of(joined.isBefore(EXPANSION)
                            ? joined : EXPANSION.minusYears(1), EXPANSION), List.of("shares regional data"), null,
                            List.of()),
                    new RoleAssignment(PartnerRole.ACTIVE_PARTY, DateRange.from(EXPANSION),
                            List.of("coordinates the actors of the county", "supports the municipalities"), null,
                            List.of()))));
            partnerships.add(new Partnership(board, List.of(new RoleAssignment(PartnerRole.EXPERT_SUPPORT,
                    DateRange.from(joined), List.of("advises on permits and regional climate goals"), null,
                    List.of()))));
            for (ActorId partner : partners) {
                partnerships.add(new Partnership(partner, List.of(new RoleAssignment(PartnerRole.PROJECT_PARTNER,
                        DateRange.from(joined.plusMonths(random.nextInt(24))), List.of("runs pilot actions"), null,
                        List.of()))));
            }

            LocalId planId = LocalId.of("plan-" + key);
            List<ActorId> participants = new ArrayList<>();
            participants.add(city);
            participants.add(twinCity);
            participants.addAll(partners);
            CollaborationForum forum = new CollaborationForum(LocalId.of("forum-" + key), "Klimatforum " + name,
                    List.of(city, region), participants,
                    List.of("share experience", "develop climate solutions", "write concrete action plans"),
                    List.of(planId));

            List<Commitment> commitments = List.of(
                    new Commitment(partners.get(0), "Cut our own emissions by half", Share.ofPercent(50), 2019, 2030,
                            joined.plusMonths(2), null),
                    new Commitment(partners.get(1), "Run all transports on renewable fuels", null, null, 2035,
                            null, null));

            List<Action> actions = new ArrayList<>(ACTIONS_PER_PLAN);
            List<Indicator> indicators = new ArrayList<>();
            for (int a = 1; a <= ACTIONS_PER_PLAN; a++) {
                actions.add(action(key, name, a, city, partners, indicators));
            }
            ActionPlan plan = new ActionPlan(planId, "Klimathandlingsplan " + name, List.of(city), 2023, actions);

            LocalId pilotId = LocalId.of("pilot-" + key);
            double central = 0.02 + random.nextDouble() * 0.2;
            Pilot pilot = new Pilot(pilotId, "Mobility hub pilot in " + name,
                    "Shared electric vehicles and cargo bikes in a residential area", List.of(city),
                    Driver.population(), new EffectEstimate(central * 0.5, central, central * 1.6), GENERATED);
            ScalingPlan scaling = new ScalingPlan(LocalId.of("scaling-" + key), pilotId, List.of(
                    new ScalingStage(LocalId.of("city"), name, List.of(Geography.municipality(code)), 2025,
                            new AdoptionCurve.Linear(3), Share.of(0.8), List.of(jurisdiction(code)), null),
                    new ScalingStage(LocalId.of("county"), "The county", List.of(Geography.county(code.county())),
                            2027, new AdoptionCurve.Logistic(6, 0.6), Share.of(0.6), List.of(), null),
                    new ScalingStage(LocalId.of("sweden"), "Sweden", List.of(Geography.country(CountryCode.SWEDEN)),
                            2030, new AdoptionCurve.Logistic(10, 0.4), Share.of(0.5),
                            List.of(new Jurisdiction(LocalId.of("se"), "Sweden",
                                    Geography.country(CountryCode.SWEDEN), 10_551_707,
                                    Provenance.officialStatistics(
                                            DataSource.of("Statistics Sweden (SCB)",
                                                    "population on 31 December 2023")))), null)));

            return new Initiative(LocalId.of("initiative-" + key), "Klimatneutrala " + name, city, scopes,
                    List.of(new TwinPairing(city, twinCity, EXPANSION, List.of(joint),
                            "replicate the mobility hub in the twin city")),
                    partnerships, List.of(forum), commitments, targets, List.of(plan), List.of(pilot),
                    List.of(scaling), indicators, List.of(
                            new FundingSource(LocalId.of("municipal-budget-" + key), "Municipal budget", city,
                                    FundingInstrument.OWN_BUDGET, FundingStatus.SECURED,
                                    Money.of(BigDecimal.valueOf(10_000L * (1 + random.nextInt(500))), "SEK"), null,
                                    null),
                            new FundingSource(LocalId.of("klimatklivet-" + key), "Klimatklivet",
                                    ActorId.of("naturvardsverket"), FundingInstrument.GRANT,
                                    FundingStatus.APPLIED_FOR, null, null, null)), List.of(), List.of());
        }

        private Action action(String key, String name, int number, ActorId city, List<ActorId> partners,
                List<Indicator> indicators) {
            FieldOfAction field = FieldOfAction.values()[random.nextInt(FieldOfAction.values().length)];
            EnumSet<Lever> levers = EnumSet.noneOf(Lever.class);
            int leverCount = 1 + random.nextInt(3);
            while (levers.size() < leverCount) {
                levers.add(Lever.values()[random.nextInt(Lever.values().length)]);
            }
            List<ActorId> participants = new ArrayList<>();
            for (ActorId partner : partners) {
                if (random.nextInt(3) == 0) {
                    participants.add(partner);
                }
            }
            int first = 2022 + random.nextInt(8);
            ActionStatus status = ActionStatus.values()[random.nextInt(ActionStatus.values().length)];
            SwedishMainSector sector = SwedishMainSector.values()[random.nextInt(SwedishMainSector.values().length)];
            List<LocalId> funding = new ArrayList<>();
            funding.add(LocalId.of("municipal-budget-" + key));
            if (random.nextBoolean()) {
                funding.add(LocalId.of("klimatklivet-" + key));
            }
            LocalId actionId = LocalId.of(String.format("action-%s-%02d", key, number));
            int indicatorCount = 1 + random.nextInt(2);
            for (int i = 0; i < indicatorCount; i++) {
                String[] indicator = INDICATORS[random.nextInt(INDICATORS.length)];
                double start = Math.round(random.nextDouble() * 1000) / 10.0;
                double target = (Math.round(start * 10) + Math.round(random.nextDouble() * 2000)) / 10.0;
                indicators.add(Indicator.builder(LocalId.of(actionId + "-indicator-" + (i + 1)),
                        indicator[0] + " " + (i + 1), indicator[1], Direction.HIGHER_IS_BETTER).baseline(start, null)
                        .target(target, 2030).tracksAction(actionId).build());
            }
            String title = String.format(ACTION_TITLES[random.nextInt(ACTION_TITLES.length)], name)
                    + " (" + number + ")";
            return new Action(actionId, title, field,
                    List.copyOf(levers), city, participants, YearRange.of(first, first + 2 + random.nextInt(10)),
                    status, Math.round(random.nextDouble() * 50_000) / 10.0, 1 + random.nextInt(5), sector,
                    Money.of(BigDecimal.valueOf(random.nextInt(20_000_000)), "SEK"), funding, null, List.of(), null,
                    null, null);
        }

        private Jurisdiction jurisdiction(MunicipalityCode code) {
            return new Jurisdiction(LocalId.of("m" + code.value()), data.name(code), Geography.municipality(code),
                    data.population(code), SwedishReferenceData.POPULATION_PROVENANCE);
        }

        private List<ActorId> pickPartners(int count) {
            List<ActorId> picked = new ArrayList<>(count);
            while (picked.size() < count) {
                ActorId candidate = partnerPool.get(random.nextInt(partnerPool.size()));
                if (!picked.contains(candidate)) {
                    picked.add(candidate);
                }
            }
            return picked;
        }
    }

    /**
     * Returns the twin of the municipality at an index: the next municipality of the same county, wrapping to the
     * county's first, or the next municipality in the list when the county has only one.
     */
    private static MunicipalityCode twinOf(List<MunicipalityCode> codes, int index) {
        MunicipalityCode code = codes.get(index);
        for (int step = 1; step < codes.size(); step++) {
            MunicipalityCode candidate = codes.get((index + step) % codes.size());
            if (candidate.county().equals(code.county())) {
                return candidate;
            }
        }
        return codes.get((index + 1) % codes.size());
    }

    private static ActorId municipality(MunicipalityCode code) {
        return ActorId.of("municipality-" + code.value());
    }

    private static ActorId region(CountyCode county) {
        return ActorId.of("region-" + county.value());
    }

    private static ActorId board(CountyCode county) {
        return ActorId.of("lansstyrelsen-" + county.value());
    }

    private static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Returns a valid organisation number: the nine given digits and their Luhn check digit. */
    private static OrganisationNumber organisationNumber(long nineDigits) {
        String base = String.format("%09d", nineDigits % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = base.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return new OrganisationNumber(base + (10 - sum % 10) % 10);
    }
}
