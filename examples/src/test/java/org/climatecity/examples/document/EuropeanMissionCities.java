package org.climatecity.examples.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.actor.AcademicInstitution;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Company;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.actor.Location;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.PlaceName;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.ProgrammeOffice;
import org.climatecity.core.actor.RegionalAuthority;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.GpcSubcategory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.NotationKey;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.InitiativeScope;
import org.climatecity.core.programme.MemberLevel;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Partnership;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.RoleAssignment;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.core.time.DateRange;

/**
 * Builds the second embedded example: two cities of the EU Mission for 100 climate-neutral and smart cities in two
 * countries, Helsinki and München, with their places (EU-27, Finland, Germany, Bavaria), identifiers in the LAU,
 * UN/LOCODE, NUTS and Wikidata namespaces, GPC inventories by subcategory with a notation key, and a target tracked
 * by sector.
 *
 * <p>What is sourced: the identifiers, the countries' and the EU-27's 2022 populations (UN DESA World Population
 * Prospects 2022 as harmonized by OpenClimate, {@code data/eu27-population-2022.csv}), the cities' selection for the
 * Mission on 28 April 2022 and their published target years (Helsinki 2030, München 2035). What is not: every
 * emission figure, the targets' GPC boundary and sectors, the baselines and the twin pairing are illustrative, and
 * the document says so in each record's provenance.
 *
 * <p>The cities' partners are organisations of their own countries: the Regierung von Oberbayern (the state's
 * administration of Upper Bavaria, NUTS {@code DE21}), Stadtwerke München, the Technische Universität München, Helen
 * (Helsinki's energy company) and the Helsinki-Uusimaa Regional Council (NUTS {@code FI1B}), which leads a regional
 * initiative of an illustrative regional programme. Their roles, the regional programme and its initiative are
 * illustrative. Of the organisations' identifiers only Helen's Finnish business ID (Y-tunnus {@code 2630573-4}, in
 * the open namespace {@code fi-ytunnus}) is given, as Helen publishes it in its customer register statement
 * (helen.fi, "Customer and marketing register of Helen Ltd", updated 18 May 2018); no LEI or VAT number of these
 * organisations could be checked against a source, and an identifier is a fact, never illustrative.
 */
final class EuropeanMissionCities {

    /** The committed resource, relative to the examples module. */
    static final Path RESOURCE = Path.of("src/main/resources/org/climatecity/examples/european-mission-cities.json");

    static final ActorId EU_27 = ActorId.of("eu-27");
    static final ActorId GERMANY = ActorId.of("deutschland");
    static final ActorId FINLAND = ActorId.of("suomi");
    static final ActorId BAVARIA = ActorId.of("bayern");
    static final ActorId HELSINKI = ActorId.of("helsinki");
    static final ActorId MUNICH = ActorId.of("munchen");
    static final ActorId NET_ZERO_CITIES = ActorId.of("netzerocities");
    static final ActorId UPPER_BAVARIA_GOVERNMENT = ActorId.of("regierung-von-oberbayern");
    static final ActorId MUNICH_UTILITY = ActorId.of("stadtwerke-munchen");
    static final ActorId MUNICH_UNIVERSITY = ActorId.of("tu-munchen");
    static final ActorId HELSINKI_UTILITY = ActorId.of("helen");
    static final ActorId UUSIMAA_COUNCIL = ActorId.of("uudenmaan-liitto");
    static final LocalId HELSINKI_TARGET = LocalId.of("carbon-neutral-helsinki-2030");
    static final LocalId MUNICH_TARGET = LocalId.of("climate-neutral-munchen-2035");
    static final LocalDate SELECTED = LocalDate.of(2022, 4, 28);
    static final LocalDate TWINNED = LocalDate.of(2024, 1, 1);

    private static final DataSource POPULATION = new DataSource("UN DESA",
            "World Population Prospects 2022, as harmonized by OpenClimate", null, "2022", null, null, null);
    private static final Provenance POPULATION_SOURCE = Provenance.officialStatistics(POPULATION);
    private static final Provenance MISSION_SELECTION = Provenance.reported(DataSource.of("European Commission",
            "EU Mission: 100 climate-neutral and smart cities by 2030, the selected cities (28 April 2022)"));
    private static final Provenance FIGURES = Provenance.illustrative("emission figures made up to show GPC BASIC"
            + " inventories by subcategory; the cities' published inventories are not embedded");
    private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
    private static final Provenance PARTNERS = Provenance.illustrative("the partner and its role are illustrative;"
            + " the organisation is real");
    /** The sum of the 27 member states' populations in 2022 in {@code data/eu27-population-2022.csv}. */
    private static final long EU_27_POPULATION = 447_315_893;

    private EuropeanMissionCities() {
    }

    /**
     * Builds the document.
     *
     * @return the document, valid
     */
    static ProgrammeDocument document() {
        List<Actor> actors = new ArrayList<>();
        actors.add(new ProgrammeOffice(NET_ZERO_CITIES, "NetZeroCities", GovernanceLevel.EU));
        actors.add(new Territory(EU_27, "EU-27", TerritoryKind.COUNTRY_GROUP, null, List.of(),
                List.of(PlaceName.of("European Union (27 member states)", "en")), null, List.of(Population.of(
                        EU_27_POPULATION, END_2022, POPULATION_SOURCE)), null, null));
        actors.add(country(GERMANY, "Deutschland", "DE", "Germany", 83_369_843, "Q183"));
        actors.add(country(FINLAND, "Suomi", "FI", "Finland", 5_540_746, "Q33"));
        actors.add(new Territory(BAVARIA, "Bayern", TerritoryKind.REGION, CountryCode.of("DE"),
                List.of(Identifier.parse("nuts:DE2"), Identifier.parse("iso3166-2:DE-BY")),
                List.of(PlaceName.of("Bavaria", "en")), GERMANY, List.of(), null, null));
        actors.add(new Municipality(HELSINKI, "Helsinki", CountryCode.of("FI"),
                List.of(Identifier.parse("lau:FI:091"), Identifier.parse("locode:FI HEL"),
                        Identifier.parse("nuts:FI1B1"), Identifier.parse("wikidata:Q1757")),
                List.of(PlaceName.of("Helsinki", "fi"), PlaceName.of("Helsingfors", "sv")), FINLAND, List.of(),
                new Location(60.1699, 24.9384), null));
        actors.add(new Municipality(MUNICH, "München", CountryCode.of("DE"),
                List.of(Identifier.parse("lau:DE:09162000"), Identifier.parse("locode:DE MUC"),
                        Identifier.parse("nuts:DE212"), Identifier.parse("wikidata:Q1726")),
                List.of(PlaceName.of("Munich", "en")), BAVARIA, List.of(), new Location(48.1372, 11.5755), null));
        // partners: a state's regional administration, a regional authority, two utilities and a university
        actors.add(new CountyAdministrativeBoard(UPPER_BAVARIA_GOVERNMENT, "Regierung von Oberbayern",
                CountryCode.of("DE"), List.of(), null, Identifier.parse("nuts:DE21")));
        actors.add(new RegionalAuthority(UUSIMAA_COUNCIL, "Uudenmaan liitto (Helsinki-Uusimaa Regional Council)",
                CountryCode.of("FI"), List.of(), null, Identifier.parse("nuts:FI1B")));
        actors.add(new Company(MUNICH_UTILITY, "Stadtwerke München", GovernanceLevel.LOCAL, CountryCode.of("DE"),
                List.of()));
        actors.add(new Company(HELSINKI_UTILITY, "Helen", GovernanceLevel.LOCAL, CountryCode.of("FI"),
                List.of(Identifier.of("fi-ytunnus", "2630573-4"))));
        actors.add(new AcademicInstitution(MUNICH_UNIVERSITY, "Technische Universität München",
                GovernanceLevel.REGIONAL, CountryCode.of("DE"), List.of()));

        Programme mission = new Programme("EU Mission: 100 climate-neutral and smart cities by 2030", NET_ZERO_CITIES,
                2030, List.of(new Membership(HELSINKI, DateRange.from(SELECTED), MISSION_SELECTION),
                        new Membership(MUNICH, DateRange.from(SELECTED), MISSION_SELECTION)),
                List.of(), List.of(), List.of());
        // a regional programme, so that a region may lead an initiative
        Programme regional = new Programme("Regional climate mobilisation (illustrative)", null, 2035,
                List.of(new Membership(UUSIMAA_COUNCIL, DateRange.from(TWINNED), PARTNERS)), List.of(), List.of(),
                List.of(), MemberLevel.REGIONAL);

        Initiative initiative = Initiative.builder(LocalId.of("helsinki-munchen-twinning"),
                        "Helsinki and München learning together", HELSINKI)
                .scope(SELECTED, Geography.lau(LauCode.parse("FI:091")))
                .scope(new InitiativeScope(TWINNED, Geography.lau(LauCode.parse("DE:09162000")),
                        Provenance.illustrative("the twinning of the two cities and its date are illustrative")))
                // each city keeps its own target (2030 and 2035): the pairing shares none, as a shared target is one
                // both cities own
                .twinPairing(TwinPairing.of(HELSINKI, MUNICH, TWINNED))
                .partnership(partner(UPPER_BAVARIA_GOVERNMENT, PartnerRole.SUPPORTING))
                .partnership(partner(MUNICH_UTILITY, PartnerRole.PROJECT_PARTNER))
                .partnership(partner(MUNICH_UNIVERSITY, PartnerRole.EXPERT_SUPPORT))
                .partnership(partner(HELSINKI_UTILITY, PartnerRole.PROJECT_PARTNER))
                .target(ClimateTarget.builder(HELSINKI_TARGET, "Carbon-neutral Helsinki 2030",
                                new TargetKind.ClimateNeutral(Share.ofPercent(20)), 2030)
                        .owners(HELSINKI).boundary(Boundary.GPC_BASIC)
                        .sectors(GpcSubcategory.of("I.1.1"), GpcSubcategory.of("I.1.2"), GpcSubcategory.of("II.1.1"))
                        .baseline(2019, 2_300_000)
                        .provenance(Provenance.illustrative("Helsinki's published goal is carbon neutrality by 2030"
                                + " with 80 % less emissions; the GPC boundary, the sectors tracked and the 2019"
                                + " baseline are illustrative"))
                        .build())
                .target(ClimateTarget.builder(MUNICH_TARGET, "Climate-neutral München 2035",
                                new TargetKind.ClimateNeutral(Share.ofPercent(10)), 2035)
                        .owners(MUNICH).boundary(Boundary.GPC_BASIC)
                        .baseline(2019, 5_400_000)
                        .provenance(Provenance.illustrative("München's published goal is climate neutrality by 2035;"
                                + " the residual share, the GPC boundary and the 2019 baseline are illustrative"))
                        .build())
                .build();

        Initiative uusimaa = Initiative.builder(LocalId.of("helsinki-uusimaa-climate-roadmap"),
                        "Helsinki-Uusimaa climate roadmap (illustrative)", UUSIMAA_COUNCIL)
                .scope(new InitiativeScope(TWINNED, Geography.nuts(NutsCode.of("FI1B")), PARTNERS))
                .partnership(partner(HELSINKI, PartnerRole.ACTIVE_PARTY))
                .partnership(partner(HELSINKI_UTILITY, PartnerRole.PROJECT_PARTNER))
                .build();

        List<EmissionsInventory> inventories = new ArrayList<>();
        inventories.add(gpc(HELSINKI, 2019, 1_120_000, 430_000, 600_000, 90_000));
        inventories.add(gpc(HELSINKI, 2020, 1_050_000, 410_000, 540_000, 88_000));
        inventories.add(gpc(HELSINKI, 2021, 990_000, 405_000, 560_000, 86_000));
        inventories.add(gpc(HELSINKI, 2022, 900_000, 390_000, 550_000, 84_000));
        inventories.add(gpc(MUNICH, 2019, 2_550_000, 1_280_000, 1_400_000, 150_000));
        inventories.add(gpc(MUNICH, 2020, 2_400_000, 1_200_000, 1_150_000, 148_000));
        inventories.add(gpc(MUNICH, 2021, 2_450_000, 1_190_000, 1_200_000, 145_000));
        inventories.add(gpc(MUNICH, 2022, 2_250_000, 1_150_000, 1_250_000, 140_000));
        return new ProgrammeDocument(actors, List.of(mission, regional), List.of(initiative, uusimaa), inventories);
    }

    private static Partnership partner(ActorId partner, PartnerRole role) {
        return new Partnership(partner, List.of(new RoleAssignment(role, DateRange.from(TWINNED), List.of(), PARTNERS,
                List.of())));
    }

    private static Territory country(ActorId id, String name, String code, String english, long residents,
            String wikidata) {
        return new Territory(id, name, TerritoryKind.COUNTRY, CountryCode.of(code),
                List.of(Identifier.parse("iso3166-1:" + code), Identifier.parse("wikidata:" + wikidata)),
                List.of(PlaceName.of(english, "en")), EU_27,
                List.of(Population.of(residents, END_2022, POPULATION_SOURCE)), null, null);
    }

    /**
     * A GPC BASIC inventory: residential and commercial buildings, on-road transport and solid waste, with
     * industrial buildings included elsewhere ({@code IE}).
     */
    private static EmissionsInventory gpc(ActorId city, int year, double residential, double commercial,
            double onRoad, double solidWaste) {
        return new EmissionsInventory(city, year, Boundary.GPC_BASIC, GasBasis.ALL_GHG_AR5, FIGURES, null, List.of(
                        InventoryEntry.of(GpcSubcategory.of("I.1.1"), residential),
                        InventoryEntry.of(GpcSubcategory.of("I.1.2"), commercial),
                        InventoryEntry.withoutFigure(GpcSubcategory.of("I.3.1"), NotationKey.parse("IE")),
                        InventoryEntry.of(GpcSubcategory.of("II.1.1"), onRoad),
                        InventoryEntry.of(GpcSubcategory.of("III.1.1"), solidWaste)));
    }
}
