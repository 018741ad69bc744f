package org.climatecity.examples.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.pilot.Jurisdiction;

/**
 * The 27 member states of the EU as jurisdictions of the main example's Europe stage, each a country with its
 * population in 2022 from {@link #RESOURCE}: UN DESA's World Population Prospects 2022 as harmonized by OpenClimate
 * (447.3 million in all), read from the file, never typed in here.
 */
final class EuropeanUnionStates {

    /** The population file, a test resource: {@code country_code,country_name,year,population}. */
    static final String RESOURCE = "/org/climatecity/examples/document/eu27-population-2022.csv";

    /** UN DESA's World Population Prospects 2022, as OpenClimate harmonized it. */
    static final DataSource WPP_2022 = new DataSource("UN DESA, Population Division",
            "World Population Prospects 2022, as harmonized by OpenClimate", null, "2022",
            "https://population.un.org/wpp/", "United Nations, Department of Economic and Social Affairs, Population"
                    + " Division (2022). World Population Prospects 2022; harmonized by OpenClimate (Open Earth"
                    + " Foundation)", null);

    private EuropeanUnionStates() {
    }

    /**
     * Returns the 27 member states as jurisdictions, in the file's order, each with its population in 2022.
     *
     * @return the jurisdictions
     */
    static List<Jurisdiction> jurisdictions() {
        Provenance provenance = new Provenance(Provenance.Kind.OFFICIAL_STATISTICS, WPP_2022, "population in 2022");
        List<Jurisdiction> states = new ArrayList<>();
        try (InputStream in = EuropeanUnionStates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = lines.readLine();
            if (!"country_code,country_name,year,population".equals(header)) {
                throw new IllegalStateException(RESOURCE + " must start with its header, was '" + header + "'");
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4 || !cells[2].equals("2022")) {
                    throw new IllegalStateException(RESOURCE + ": expected code,name,2022,population, was '" + line
                            + "'");
                }
                CountryCode country = CountryCode.of(cells[0]);
                states.add(new Jurisdiction(LocalId.of("country-" + cells[0].toLowerCase(Locale.ROOT)), cells[1],
                        Geography.country(country), Long.parseLong(cells[3]), provenance));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(states);
    }
}
