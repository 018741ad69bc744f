package org.climatecity.benchmarks.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Population;
import org.climatecity.core.actor.ProgrammeOffice;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.GpcSector;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.registry.SwedishRegions;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.TargetKind;

/**
 * Builds a document at the scale of every municipality of the EU-27, through the core model API: the 27 countries and
 * about 100,000 municipalities (local administrative units, spread over the countries in proportion to their numbers
 * of LAU), each with a LAU code, the country it is part of, a population series of three counts and ten years of
 * territorial inventories (three GPC sectors each); a programme of which a thousand of them are members, each leading
 * an initiative with a climate-neutrality target.
 *
 * <p>Every figure is generated from a seed and marked illustrative; the numbers of LAU per country are Eurostat's
 * LAU 2021 counts, rounded. The document is valid. Immutable and thread-safe (a utility class).
 *
 * @since 0.1.0
 */
public final class EuropeanDocuments {

    /** The seed the benchmarks use. */
    public static final long DEFAULT_SEED = 20_261_207L;
    /** The number of municipalities of the full-scale document. */
    public static final int MUNICIPALITIES = 100_000;
    /** The number of municipalities that are members of the programme, each with an initiative and a target. */
    public static final int MEMBERS = 1_000;
    /** The first year of the inventories. */
    public static final int FIRST_YEAR = 2013;
    /** The last year of the inventories. */
    public static final int LAST_YEAR = 2022;

    private static final Provenance GENERATED = Provenance.illustrative(
            "generated for the benchmarks from a fixed seed; not real figures");
    private static final GpcSector[] SECTORS = {GpcSector.STATIONARY_ENERGY, GpcSector.TRANSPORTATION, GpcSector.WASTE};
    /** The EU-27 with their numbers of LAU, rounded (Eurostat, LAU 2021), which weight the municipalities. */
    private static final String[] COUNTRIES = {"AT:2093", "BE:581", "BG:265", "HR:556", "CY:615", "CZ:6254",
        "DK:98", "EE:79", "FI:309", "FR:34965", "DE:10994", "GR:6136", "HU:3155", "IE:3440", "IT:7904", "LV:119",
        "LT:558", "LU:102", "MT:68", "NL:352", "PL:2477", "PT:3092", "RO:3181", "SK:2927", "SI:212", "ES:8131",
        "SE:290"};

    private EuropeanDocuments() {
    }

    /**
     * Returns the number of municipalities of each country: in proportion to its number of LAU, Sweden's at most its
     * number of municipalities, and what rounding leaves over to France, the country with the most.
     */
    private static int[] shares(int municipalities, int swedishMunicipalities) {
        int totalWeight = 0;
        for (String country : COUNTRIES) {
            totalWeight += Integer.parseInt(country.substring(3));
        }
        int[] shares = new int[COUNTRIES.length];
        int assigned = 0;
        int france = -1;
        for (int c = 0; c < COUNTRIES.length; c++) {
            shares[c] = (int) ((long) municipalities * Integer.parseInt(COUNTRIES[c].substring(3)) / totalWeight);
            if (COUNTRIES[c].startsWith("SE")) {
                shares[c] = Math.min(shares[c], swedishMunicipalities);
            }
            if (COUNTRIES[c].startsWith("FR")) {
                france = c;
            }
            assigned += shares[c];
        }
        shares[france] += municipalities - assigned;
        return shares;
    }

    /**
     * Builds a document.
     *
     * @param municipalities the number of municipalities, at least {@code members}
     * @param members the number of them that are members with an initiative, at least 1
     * @param seed the seed
     * @return the document, not null
     * @throws IllegalArgumentException if the numbers are out of range
     */
    public static ProgrammeDocument build(int municipalities, int members, long seed) {
        if (members < 1 || municipalities < members) {
            throw new IllegalArgumentException("need 1 <= members <= municipalities, were " + members + " and "
                    + municipalities);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Actor> actors = new ArrayList<>(municipalities + COUNTRIES.length + 1);
        List<EmissionsInventory> inventories = new ArrayList<>(municipalities * (LAST_YEAR - FIRST_YEAR + 1));
        List<Municipality> cities = new ArrayList<>(municipalities);
        List<String> swedishCodes = SwedishRegions.get().municipalities().stream()
                .map(m -> m.code().value()).toList();
        int[] shares = shares(municipalities, swedishCodes.size());
        for (int c = 0; c < COUNTRIES.length; c++) {
            CountryCode country = CountryCode.of(COUNTRIES[c].substring(0, 2));
            ActorId countryId = ActorId.of("country-" + country.toString().toLowerCase(Locale.ROOT));
            actors.add(Territory.of(countryId, country.toString(), TerritoryKind.COUNTRY, country,
                    Identifier.of(Identifier.ISO_3166_1, country.toString())));
            for (int m = 0; m < shares[c]; m++) {
                // Swedish codes are checked against the registry: Sweden's real municipality codes
                String code = country.equals(CountryCode.SWEDEN) ? swedishCodes.get(m) : String.format("%08d", m + 1);
                ActorId id = ActorId.of("lau-" + country.toString().toLowerCase(Locale.ROOT) + "-" + code);
                long residents = Math.max(50, Math.round(Math.exp(8 + 1.3 * random.nextGaussian())));
                List<Population> population = List.of(
                        Population.of(Math.round(residents * 0.98), LocalDate.of(2021, 1, 1), GENERATED),
                        Population.of(Math.round(residents * 0.99), LocalDate.of(2022, 1, 1), GENERATED),
                        Population.of(residents, LocalDate.of(2023, 1, 1), GENERATED));
                Municipality city = Municipality.of(id, "Municipality " + country + " " + code, country,
                        Identifier.of(Identifier.LAU, country + ":" + code)).withPartOf(countryId)
                        .withPopulation(population);
                actors.add(city);
                cities.add(city);
                double perResident = 3 + 4 * random.nextDouble();
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    double total = residents * perResident * Math.pow(0.97, year - FIRST_YEAR);
                    List<InventoryEntry> entries = List.of(
                            InventoryEntry.of(SECTORS[0], Math.round(total * 0.5)),
                            InventoryEntry.of(SECTORS[1], Math.round(total * 0.35)),
                            InventoryEntry.of(SECTORS[2], Math.round(total * 0.15)));
                    inventories.add(EmissionsInventory.of(id, year, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5,
                            GENERATED, entries));
                }
            }
        }
        ActorId office = ActorId.of("mission-office");
        actors.add(new ProgrammeOffice(office, "Mission office (generated)", GovernanceLevel.EU));
        Programme.Builder programme = Programme.builder("Climate-neutral cities (generated)", 2030).office(office);
        List<Initiative> initiatives = new ArrayList<>(members);
        int step = municipalities / members;
        int years = LAST_YEAR - FIRST_YEAR + 1;
        for (int i = 0; i < members; i++) {
            Municipality city = cities.get(i * step);
            programme.member(city.id(), LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1));
            double baseline = 0;
            for (InventoryEntry entry : inventories.get(i * step * years).entries()) {
                baseline += entry.tonnesCo2e();
            }
            ClimateTarget target = ClimateTarget.builder(LocalId.of("neutral-" + city.id()), "Climate-neutral by 2030",
                    new TargetKind.ClimateNeutral(Share.of(0.2)), 2030).owners(city.id()).baseline(FIRST_YEAR, baseline)
                    .milestone(2025, Share.ofPercent(40)).build();
            initiatives.add(Initiative.builder(LocalId.of("initiative-" + city.id()), "Climate contract of "
                    + city.name(), city.id()).scope(LocalDate.of(2023, 1, 1), city.area().orElseThrow())
                    .target(target).build());
        }
        return new ProgrammeDocument(actors, List.of(programme.build()), initiatives, inventories);
    }
}
