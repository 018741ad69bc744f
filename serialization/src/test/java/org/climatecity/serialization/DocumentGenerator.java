package org.climatecity.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.CoBenefit;
import org.climatecity.core.action.EffectBasis;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.action.ImpactDirection;
import org.climatecity.core.action.Lever;
import org.climatecity.core.action.StatusChange;
import org.climatecity.core.actor.AcademicInstitution;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.CivilSocietyOrganisation;
import org.climatecity.core.actor.Company;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Location;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.NationalAgency;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.ProgrammeOffice;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.ActivityData;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionFactor;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.Gas;
import org.climatecity.core.emissions.GasAmount;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.GasCoverage;
import org.climatecity.core.emissions.GhgScope;
import org.climatecity.core.emissions.GpcReferenceNumbers;
import org.climatecity.core.emissions.GpcSector;
import org.climatecity.core.emissions.GpcSubcategory;
import org.climatecity.core.emissions.GwpSet;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.NotationKey;
import org.climatecity.core.emissions.OtherSector;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingInstrument;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.FundingStatus;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.indicators.Catalogue;
import org.climatecity.core.indicators.CatalogueReference;
import org.climatecity.core.indicators.Direction;
import org.climatecity.core.indicators.Disaggregation;
import org.climatecity.core.indicators.ImpactCategory;
import org.climatecity.core.indicators.ImpactPathway;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.IndicatorLevel;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.indicators.ObservationStatus;
import org.climatecity.core.indicators.PathwayStep;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.DriverKind;
import org.climatecity.core.pilot.EffectEstimate;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.Commitment;
import org.climatecity.core.programme.ContractRound;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.PublishedMemberCount;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.programme.RoundCommitment;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.SupportKind;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.scenario.Assumption;
import org.climatecity.core.scenario.ProjectedEmissions;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.scenario.ScenarioKind;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;
import org.climatecity.core.targets.PathwayShape;
import org.climatecity.core.targets.ReportedProgress;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.core.time.DateRange;
import org.climatecity.core.time.YearRange;

/**
 * Generates documents of varied shape from a seed: every type, every subtype and enum constant, optional parts
 * present or absent, empty and long lists, awkward texts and extreme numbers. The documents obey every value's own
 * rules but not necessarily the document-wide constraints (references may dangle).
 */
final class DocumentGenerator {

    private static final String[] TEXTS = {"Borlänge", "Klimatneutrala Borlänge", "\"quoted\" \\ back\\slash",
        "line\nbreak\ttab", "emoji 🌍 and 中文", "  padded  ", "<tag> & 'apostrophe'", "${expression}", "{0} #{x}",
        "x"};
    private static final String[] ORG_NUMBERS = {"212000-2205", "556012-5790", "202100-6255", "212000-2197"};

    private final Random random;
    private final List<ActorId> actorIds = new ArrayList<>();

    DocumentGenerator(long seed) {
        this.random = new Random(seed);
    }

    ProgrammeDocument document() {
        List<Actor> actors = list(0, 12, this::actor);
        Programme programme = programme();
        List<Initiative> initiatives = list(0, 3, this::initiative);
        List<EmissionsInventory> inventories = list(0, 4, this::inventory);
        return new ProgrammeDocument(actors, List.of(programme), initiatives, inventories,
                list(0, 2, this::scenario));
    }

    private Scenario scenario() {
        int base = 1900 + random.nextInt(290);
        boolean bySector = maybe();
        List<ProjectedEmissions> projections = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int p = random.nextInt(4); p > 0; p--) {
            int year = base + 1 + random.nextInt(2200 - base);
            EmissionsSector sector = bySector ? sector() : null;
            double low = -number();
            double central = low + number();
            if (seen.add(year + " " + sector)) {
                projections.add(new ProjectedEmissions(year, sector, low, central, central + number()));
            }
        }
        return new Scenario(localId(), text(), actorId(), pick(ScenarioKind.values()), base,
                pick(Boundary.values()), distinct(0, 3, this::localId),
                list(0, 2, () -> new Assumption(text(), text(), provenance())), projections,
                maybe() ? provenance() : null);
    }

    private ActionEffect effect() {
        EffectBasis basis = pick(EffectBasis.values());
        List<YearEstimate> reductions = new ArrayList<>();
        int year = 1900 + random.nextInt(200);
        for (int r = 1 + random.nextInt(3); r > 0 && year <= 2200; r--) {
            double low = basis == EffectBasis.TONNES ? number() : random.nextDouble() * 0.5;
            double central = low + (basis == EffectBasis.TONNES ? number() : random.nextDouble() * 0.25);
            double high = central + (basis == EffectBasis.TONNES ? number() : random.nextDouble() * 0.25);
            reductions.add(new YearEstimate(year, low, central, high));
            year += 1 + random.nextInt(10);
        }
        return new ActionEffect(basis, reductions, distinct(1, 3, this::sector),
                basis == EffectBasis.TONNES ? distinct(0, 2, this::localId) : List.of(),
                maybe() ? provenance() : null);
    }

    private CoBenefit coBenefit() {
        return new CoBenefit(pick(ImpactCategory.values()), pick(ImpactDirection.values()),
                distinct(0, 2, this::text), maybe() ? localId() : null, maybe() ? text() : null);
    }

    private ImpactPathway pathway() {
        Supplier<PathwayStep> step = () -> new PathwayStep(text(), localId());
        return new ImpactPathway(localId(), localId(), list(1, 2, step), list(0, 2, step), list(0, 2, step),
                maybe() ? provenance() : null);
    }

    private CatalogueReference catalogueReference() {
        Catalogue catalogue = pick(Catalogue.values());
        return new CatalogueReference(catalogue, catalogue == Catalogue.ISO_37120
                ? (1 + random.nextInt(19)) + "." + (1 + random.nextInt(9)) : text());
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        int n = min + random.nextInt(max - min + 1);
        List<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(element.get());
        }
        return values;
    }

    private <T> List<T> distinct(int min, int max, Supplier<T> element) {
        Set<T> values = new LinkedHashSet<>();
        int n = min + random.nextInt(max - min + 1);
        for (int i = 0; i < n * 3 && values.size() < n; i++) {
            values.add(element.get());
        }
        return new ArrayList<>(values);
    }

    private boolean maybe() {
        return random.nextBoolean();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String text() {
        return maybe() ? pick(TEXTS) : "text " + random.nextInt(1000);
    }

    private String slug() {
        return pick(new String[] {"borlange", "avesta", "region-dalarna", "a", "x-1", "ssab"}) + "-"
                + random.nextInt(100);
    }

    private ActorId actorId() {
        if (!actorIds.isEmpty() && maybe()) {
            return actorIds.get(random.nextInt(actorIds.size()));
        }
        return ActorId.of(slug());
    }

    private LocalId localId() {
        return LocalId.of(slug());
    }

    private double number() {
        return switch (random.nextInt(6)) {
            case 0 -> 0.0;
            case 1 -> random.nextInt(1_000_000);
            case 2 -> random.nextDouble();
            case 3 -> 1e-300 * random.nextDouble();
            case 4 -> 1e300 * random.nextDouble();
            default -> random.nextDouble() * 539_458.74;
        };
    }

    private Share share() {
        return Share.of(maybe() ? random.nextDouble() : random.nextInt(2));
    }

    private Share percent() {
        return Share.ofPercent(share().percent());
    }

    private int year() {
        return 1900 + random.nextInt(301);
    }

    private LocalDate date() {
        return LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private MunicipalityCode municipalityCode() {
        return MunicipalityCode.of(pick(new String[] {"2081", "2084", "0180", "1480", "0114"}));
    }

    private OrganisationNumber orgNumber() {
        return OrganisationNumber.parse(pick(ORG_NUMBERS));
    }

    /**
     * Returns identifiers of an organisation outside Sweden: an LEI with valid check digits, a VAT number, a Wikidata
     * item and an identifier of an open namespace, each maybe.
     */
    private List<Identifier> organisationIdentifiers() {
        List<Identifier> identifiers = new ArrayList<>();
        if (maybe()) {
            identifiers.add(Identifier.of(Identifier.LEI, lei()));
        }
        if (maybe()) {
            identifiers.add(Identifier.of(Identifier.VAT, "DE" + (100_000_000 + random.nextInt(900_000_000))));
        }
        if (maybe()) {
            identifiers.add(Identifier.of(Identifier.WIKIDATA, "Q" + (1 + random.nextInt(100_000_000))));
        }
        if (maybe()) {
            identifiers.add(Identifier.of("handelsregister", "HRB " + random.nextInt(1_000_000)));
        }
        return identifiers;
    }

    /** Returns a Legal Entity Identifier: 18 random letters or digits and the ISO 7064 MOD 97-10 check digits. */
    private String lei() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            base.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int remainder = 0;
        for (char c : (base + "00").toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
        }
        return base + String.format("%02d", 98 - remainder);
    }

    private GovernanceLevel level() {
        return pick(GovernanceLevel.values());
    }

    private Actor actor() {
        ActorId id = ActorId.of(slug());
        actorIds.add(id);
        String name = text();
        return switch (random.nextInt(9)) {
            case 0 -> maybe() ? Municipality.of(id, name, municipalityCode())
                    : new Municipality(id, name, CountryCode.of("DE"),
                            maybe() ? List.of(Identifier.parse("lau:DE:09162000"), Identifier.parse("locode:DE MUC"),
                                    Identifier.of("cdp", String.valueOf(random.nextInt(100_000)))) : List.of(),
                            maybe() ? List.of(new PlaceName(text(), maybe() ? "de" : null)) : List.of(),
                            maybe() ? ActorId.of("part-of-" + random.nextInt(5)) : null, population(),
                            maybe() ? new Location(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180)
                                    : null,
                            maybe() ? 0.5 + random.nextInt(1000) : null);
            case 7 -> territory(id, name);
            case 1 -> maybe() ? new RegionalAuthority(id, name, CountyCode.of("20"))
                    : new RegionalAuthority(id, name, CountryCode.of("DE"), organisationIdentifiers(),
                            maybe() ? ActorId.of("part-of-" + random.nextInt(5)) : null,
                            Identifier.parse(maybe() ? "nuts:DE21" : "iso3166-2:DE-BY"));
            case 2 -> maybe() ? new CountyAdministrativeBoard(id, name, CountyCode.of("01"))
                    : new CountyAdministrativeBoard(id, name, CountryCode.of("FI"), organisationIdentifiers(),
                            ActorId.of("part-of-" + random.nextInt(5)), maybe() ? Identifier.parse("nuts:FI1B") : null);
            case 3 -> new NationalAgency(id, name, CountryCode.of(maybe() ? "SE" : "FI"));
            case 4 -> new ProgrammeOffice(id, name, level());
            case 5 -> maybe() ? new Company(id, name, level(), maybe() ? orgNumber() : null)
                    : new Company(id, name, level(), CountryCode.of("DE"), organisationIdentifiers());
            case 6 -> maybe() ? new CivilSocietyOrganisation(id, name, level(), maybe() ? orgNumber() : null)
                    : new CivilSocietyOrganisation(id, name, level(), CountryCode.of("FR"), organisationIdentifiers());
            default -> maybe() ? new AcademicInstitution(id, name, level(), maybe() ? orgNumber() : null)
                    : new AcademicInstitution(id, name, level(), CountryCode.of("FI"), organisationIdentifiers());
        };
    }

    private List<Population> population() {
        List<Population> series = new ArrayList<>();
        LocalDate date = date();
        for (int i = random.nextInt(3); i > 0; i--) {
            series.add(new Population(random.nextInt(10_000_000), date, maybe() ? provenance() : null));
            date = date.plusYears(1);
        }
        return series;
    }

    private Territory territory(ActorId id, String name) {
        TerritoryKind kind = pick(TerritoryKind.values());
        CountryCode country = kind == TerritoryKind.COUNTRY_GROUP ? null : CountryCode.of("SE");
        List<Identifier> identifiers = switch (kind) {
            case COUNTY -> List.of(Identifier.parse("se-lan:20"), Identifier.parse("nuts:SE312"));
            case REGION -> List.of(Identifier.parse("nuts:SE31"), Identifier.parse("iso3166-2:SE-W"));
            case COUNTRY -> List.of(Identifier.parse("iso3166-1:SE"), Identifier.parse("wikidata:Q34"));
            case COUNTRY_GROUP -> List.of(Identifier.of("eu", "group-" + random.nextInt(10)));
        };
        return new Territory(id, name, kind, country, maybe() ? identifiers : List.of(),
                maybe() ? List.of(new PlaceName(text(), maybe() ? "sv" : null)) : List.of(),
                maybe() ? ActorId.of("part-of-" + random.nextInt(5)) : null, population(), null,
                maybe() ? 1.0 + random.nextInt(100_000) : null);
    }

    private DateRange period() {
        LocalDate start = date();
        return maybe() ? DateRange.from(start) : DateRange.of(start, start.plusDays(1 + random.nextInt(5000)));
    }

    private Money money() {
        BigDecimal amount = switch (random.nextInt(4)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(random.nextLong() & Long.MAX_VALUE);
            case 2 -> new BigDecimal("12500000.50");
            default -> new BigDecimal("123456789012345678901234567890.0123456789");
        };
        return Money.of(amount, pick(new String[] {"SEK", "EUR", "NOK"}));
    }

    private Programme programme() {
        return new Programme(text(), maybe() ? actorId() : null, year(),
                list(0, 6, () -> new Membership(actorId(), period(), null)),
                list(0, 2, () -> new PublishedMemberCount(date(), random.nextInt(100), maybe() ? provenance() : null)),
                list(0, 3, () -> new Membership(actorId(), period(), null)),
                list(0, 3, () -> new Support(actorId(), pick(SupportKind.values()), text(),
                        maybe() ? money() : null, maybe() ? period() : null, maybe() ? localId() : null,
                        maybe() ? provenance() : null)));
    }

    private Geography geography() {
        return switch (random.nextInt(6)) {
            case 4 -> Geography.lau(LauCode.parse(pick(new String[] {"DE:09162000", "SE:2081", "FR:75056"})));
            case 5 -> Geography.nuts(NutsCode.parse(pick(new String[] {"SE312", "DE21", "EL3"})));
            case 0 -> Geography.municipality(municipalityCode());
            case 1 -> Geography.county(CountyCode.of(pick(new String[] {"20", "01", "14"})));
            case 2 -> Geography.country(CountryCode.of(pick(new String[] {"SE", "FI", "DK"})));
            default -> new Geography.CountryGroupArea(maybe() ? "EU-27" : text(),
                    Set.of(CountryCode.of("SE"), CountryCode.of("FI"), CountryCode.of("DE")));
        };
    }

    private EmissionsSector sector() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(SwedishMainSector.values());
            case 1 -> pick(GpcSector.values());
            case 2 -> GpcSubcategory.of(pick(new String[] {"I.1.1", "II.1.3", "V.2"}));
            default -> new OtherSector("city", "heating");
        };
    }

    private GasBasis gasBasis() {
        return maybe() ? GasBasis.CO2_ONLY : new GasBasis(GasCoverage.ALL_GHG, maybe() ? pick(GwpSet.values()) : null);
    }

    private Provenance provenance() {
        Provenance.Kind kind = pick(Provenance.Kind.values());
        if (!kind.isSourced()) {
            return new Provenance(kind, null, text());
        }
        return new Provenance(kind, dataSource(), maybe() ? text() : null);
    }

    private DataSource dataSource() {
        return new DataSource(text(), text(), maybe() ? date() : null, maybe() ? text() : null,
                maybe() ? "https://example.org/" + random.nextInt(1000) : null, maybe() ? text() : null,
                maybe() ? text() : null);
    }

    private TargetKind targetKind() {
        return switch (random.nextInt(7)) {
            case 0 -> new TargetKind.AbsoluteReduction(number());
            case 1 -> new TargetKind.RelativeReduction(percent());
            case 2 -> new TargetKind.ClimateNeutral(share());
            case 3 -> new TargetKind.NetZero(share());
            case 4 -> new TargetKind.PerCapitaIntensity(number());
            case 5 -> new TargetKind.BusinessAsUsualReduction(share());
            default -> new TargetKind.FixedLevel(number());
        };
    }

    private ClimateTarget target() {
        return new ClimateTarget(localId(), text(), distinct(1, 3, this::actorId), targetKind(),
                pick(Boundary.values()), distinct(0, 4, this::sector), gasBasis(),
                maybe() ? new Baseline(year(), maybe() ? number() : null) : null, year(),
                list(0, 3, () -> new Milestone(year(), percent(), null)), pick(PathwayShape.values()),
                maybe() ? date() : null, maybe() ? "https://example.org/target/" + random.nextInt(100) : null,
                maybe() ? text() : null, maybe() ? provenance() : null,
                list(0, 2, () -> new ReportedProgress(share(), date(), provenance())));
    }

    private Action action() {
        int first = year();
        List<StatusChange> history = new ArrayList<>();
        LocalDate day = date();
        for (int c = random.nextInt(4); c > 0; c--) {
            history.add(new StatusChange(day, pick(ActionStatus.values()), maybe() ? text() : null,
                    maybe() ? provenance() : null));
            day = day.plusDays(1 + random.nextInt(400));
        }
        ActionStatus status = history.isEmpty() ? pick(ActionStatus.values())
                : history.get(history.size() - 1).status();
        LocalDate start = maybe() ? date() : null;
        LocalDate completion = status == ActionStatus.COMPLETED && maybe()
                ? (start == null ? date() : start.plusDays(random.nextInt(1000))) : null;
        LocalId id = localId();
        ActionEffect effect = maybe() ? effect() : null;
        if (effect != null && effect.additionalTo().contains(id)) {
            effect = new ActionEffect(effect.basis(), effect.reductions(), effect.sectors(), List.of(),
                    effect.provenance());
        }
        return new Action(id, text(), pick(FieldOfAction.values()), distinct(0, 3, () -> pick(Lever.values())),
                actorId(), distinct(0, 3, this::actorId), YearRange.of(first, Math.min(2200,
                        first + random.nextInt(20))),
                status, number(), 1 + random.nextInt(100), maybe() ? sector() : null,
                maybe() ? money() : null,
                distinct(0, 2, this::localId),
                null, history, start, completion, maybe() ? money() : null, effect, list(0, 2, this::coBenefit));
    }

    private List<ContractRound> rounds() {
        List<ContractRound> rounds = new ArrayList<>();
        int year = 1990 + random.nextInt(30);
        for (int r = random.nextInt(3); r > 0; r--) {
            rounds.add(new ContractRound(year, maybe() ? LocalDate.of(year, 12, 1 + random.nextInt(31)) : null,
                    distinct(0, 3, this::actorId), list(0, 2, () -> new RoundCommitment(actorId(), text(),
                            distinct(0, 2, this::localId))), maybe() ? provenance() : null));
            year += 1 + random.nextInt(3);
        }
        return rounds;
    }

    private RoleAssignment roleAssignment() {
        PartnerRole role = pick(PartnerRole.values());
        return new RoleAssignment(role, period(), list(0, 2, this::text), null,
                role == PartnerRole.FUNDER ? distinct(0, 2, this::localId) : List.of());
    }

    private FundingSource fundingSource() {
        int first = year();
        return new FundingSource(localId(), text(), maybe() ? actorId() : null, pick(FundingInstrument.values()),
                pick(FundingStatus.values()), maybe() ? money() : null,
                maybe() ? YearRange.of(first, Math.min(2200, first + random.nextInt(10))) : null,
                maybe() ? provenance() : null);
    }

    private InvestmentPlan investmentPlan() {
        String currency = pick(new String[] {"SEK", "EUR"});
        Set<String> lines = new java.util.HashSet<>();
        List<ActionCost> costs = new ArrayList<>();
        for (int c = random.nextInt(4); c > 0; c--) {
            ActionCost cost = new ActionCost(localId(), year(), Money.of(random.nextInt(1_000_000), currency),
                    Money.of(random.nextInt(100_000), currency));
            if (lines.add(cost.action() + " " + cost.year())) {
                costs.add(cost);
            }
        }
        return new InvestmentPlan(localId(), text(), java.util.Currency.getInstance(currency), costs,
                list(0, 3, () -> new FundingAllocation(localId(), localId(), year(),
                        Money.of(random.nextInt(1_000_000), currency))), maybe() ? provenance() : null);
    }

    private Indicator indicator() {
        boolean withBaseline = maybe();
        int baselineYear = Math.min(2100, year());
        boolean tracksAction = maybe();
        return new Indicator(localId(), text(), text(), pick(Direction.values()), withBaseline ? -number() : null,
                withBaseline && maybe() ? baselineYear : null, maybe() ? number() : null,
                maybe() ? baselineYear + 1 + random.nextInt(50) : null, tracksAction ? localId() : null,
                !tracksAction && maybe() ? localId() : null, maybe() ? actorId() : null,
                distinctPeriods(list(0, 3, () -> new Observation(maybe() ? YearRange.of(baselineYear, baselineYear
                        + random.nextInt(3)) : null, -number(), pick(ObservationStatus.values()),
                        maybe() ? provenance() : null, maybe() ? text() : null,
                        maybe() ? new Disaggregation(text(), text()) : null))),
                maybe() ? provenance() : null, maybe() ? pick(IndicatorLevel.values()) : null,
                maybe() ? pick(ImpactCategory.values()) : null, distinct(0, 2, this::catalogueReference));
    }

    private static List<Observation> distinctPeriods(List<Observation> observations) {
        java.util.Map<String, Observation> byKey = new java.util.LinkedHashMap<>();
        observations.forEach(o -> byKey.putIfAbsent(o.period() + " " + o.status() + " " + o.disaggregation(), o));
        return List.copyOf(byKey.values());
    }

    private Pilot pilot() {
        DriverKind kind = pick(DriverKind.values());
        Driver driver = kind == DriverKind.SECTOR_EMISSIONS ? Driver.sectorEmissions(sector()) : new Driver(kind, null);
        double low = random.nextDouble() * 0.3;
        double central = low + random.nextDouble() * 0.3;
        double high = central + random.nextDouble() * 0.3;
        return new Pilot(localId(), text(), maybe() ? text() : null, distinct(1, 3, this::actorId), driver,
                new EffectEstimate(low, central, high), provenance());
    }

    private AdoptionCurve curve() {
        return switch (random.nextInt(3)) {
            case 0 -> new AdoptionCurve.Linear(1 + random.nextInt(100));
            case 1 -> new AdoptionCurve.Logistic(0.5 + random.nextInt(99), 0.1 + random.nextDouble() * 9);
            default -> new AdoptionCurve.Step(random.nextInt(101));
        };
    }

    private ScalingPlan scalingPlan() {
        int stages = 1 + random.nextInt(4);
        List<ScalingStage> list = new ArrayList<>();
        for (int i = 0; i < stages; i++) {
            list.add(new ScalingStage(LocalId.of("stage-" + i), text(), distinct(1, 3, this::geography), year(),
                    curve(), share(), distinctIds(0, 3), null));
        }
        return new ScalingPlan(localId(), localId(), list);
    }

    private List<Jurisdiction> distinctIds(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            jurisdictions.add(new Jurisdiction(LocalId.of("j-" + i), text(), geography(), number(), provenance()));
        }
        return jurisdictions;
    }

    private Initiative initiative() {
        return new Initiative(localId(), text(), actorId(),
                list(1, 3, () -> new InitiativeScope(date(), geography(), null)),
                list(0, 2, () -> new TwinPairing(actorId(), actorId(), date(), distinct(0, 2, this::localId),
                        maybe() ? text() : null)),
                list(0, 3, () -> new Partnership(actorId(), list(0, 3, this::roleAssignment))),
                list(0, 2, () -> new CollaborationForum(localId(), text(), distinct(0, 2, this::actorId),
                        distinct(0, 4, this::actorId), list(0, 2, this::text), distinct(0, 2, this::localId))),
                list(0, 2, () -> new Commitment(actorId(), text(), maybe() ? percent() : null,
                        maybe() ? year() : null, year(), maybe() ? date() : null, null)),
                list(0, 3, this::target),
                list(0, 2, () -> new ActionPlan(localId(), text(), distinct(1, 2, this::actorId),
                        maybe() ? year() : null, list(0, 4, this::action))),
                list(0, 2, this::pilot),
                list(0, 2, this::scalingPlan),
                list(0, 3, this::indicator), list(0, 2, this::fundingSource), list(0, 2, this::investmentPlan),
                rounds(), list(0, 2, this::pathway));
    }

    private EmissionsInventory inventory() {
        int kind = random.nextInt(4);
        List<InventoryEntry> entries = new ArrayList<>();
        List<EmissionsSector> sectors = switch (kind) {
            case 0 -> List.of(SwedishMainSector.values());
            case 1 -> List.of(GpcSector.values());
            case 2 -> GpcReferenceNumbers.get().all().stream().map(r -> (EmissionsSector) new GpcSubcategory(r))
                    .toList();
            default -> List.of(new OtherSector("crf", "1.A.3.b"), new OtherSector("crf", "1.A.4"),
                    new OtherSector("crf", "5"));
        };
        for (EmissionsSector sector : sectors) {
            if (random.nextInt(4) == 0) {
                entries.add(entry(sector, kind == 1 && maybe() ? pick(GhgScope.values()) : null));
            }
        }
        if (kind == 2 && !entries.isEmpty()) {
            // a publisher's rows, one value spread over two equal rows (derived, so as not to shift the seeds' draws)
            entries.replaceAll(entry -> entry.withPublisherId("ref " + entry.sector().code()));
            entries.add(entries.get(0));
        }
        return new EmissionsInventory(actorId(), year(), pick(Boundary.values()), gasBasis(), provenance(),
                random.nextInt(5) == 0 ? number() : null, entries);
    }

    private InventoryEntry entry(EmissionsSector sector, GhgScope scope) {
        boolean figure = random.nextInt(5) != 0;
        return new InventoryEntry(sector, scope, figure ? (maybe() ? number() : -number()) : null,
                figure ? null : pick(new NotationKey[] {NotationKey.NO, NotationKey.IE, NotationKey.NE, NotationKey.C,
                    NotationKey.parse("NA")}),
                random.nextInt(3) == 0 ? List.of(new GasAmount(Gas.CO2, number(), "kg CO2e"),
                        new GasAmount(Gas.CH4, number(), "kg CO2e")) : List.of(),
                random.nextInt(3) == 0 ? new ActivityData(text(), number(), "MJ") : null,
                random.nextInt(4) == 0 ? List.of(new EmissionFactor(Gas.N2O, Math.abs(number()), "kg/TJ")) : List.of(),
                random.nextInt(6) == 0 ? dataSource() : null);
    }
}
