package org.climatecity.core.geo;

import java.util.Optional;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LauCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.id.NutsCode;
import org.climatecity.core.internal.Require;

/**
 * An area that an initiative's scope or a scaling stage covers: a Swedish municipality, a Swedish county, a local
 * administrative unit (LAU) or NUTS region of any European country, a country, or a group of countries such as the
 * EU-27.
 *
 * <p>Areas nest: a county contains its municipalities, a country contains its counties, municipalities, LAU and NUTS
 * areas, a NUTS region contains the regions whose codes start with its own, and a group of countries contains each of
 * them (see {@link #contains(Geography)}). A Swedish municipality and the LAU of the same code are one area. The
 * containment of LAU in NUTS regions is not known without Eurostat's correspondence tables and is not assumed. All
 * implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Geography permits Geography.MunicipalityArea, Geography.CountyArea, Geography.LauArea,
        Geography.NutsArea, Geography.CountryArea, Geography.CountryGroupArea {

    /**
     * Returns the level of governance of the area.
     *
     * @return the level, not null
     */
    GovernanceLevel level();

    /**
     * Checks if this area equals or contains another.
     *
     * @param other the other area, not null
     * @return true if every place in {@code other} lies in this area
     */
    boolean contains(Geography other);

    /**
     * Returns the stable name of the kind of area used in documents, such as {@code county}.
     *
     * @return the type name, not null
     */
    String typeName();

    /**
     * Obtains the area of a Swedish municipality.
     *
     * @param code the municipality code, not null
     * @return the area
     */
    static Geography municipality(MunicipalityCode code) {
        return new MunicipalityArea(code);
    }

    /**
     * Obtains the area of a Swedish county.
     *
     * @param code the county code, not null
     * @return the area
     */
    static Geography county(CountyCode code) {
        return new CountyArea(code);
    }

    /**
     * Obtains the area of a local administrative unit of any country.
     *
     * @param code the LAU code, not null
     * @return the area
     */
    static Geography lau(LauCode code) {
        return new LauArea(code);
    }

    /**
     * Obtains the area of a NUTS region.
     *
     * @param code the NUTS code, not null
     * @return the area
     */
    static Geography nuts(NutsCode code) {
        return new NutsArea(code);
    }

    /**
     * Returns the country the area lies in.
     *
     * @return the country, or empty for a group of countries
     */
    Optional<CountryCode> country();

    /**
     * Obtains the area of a country.
     *
     * @param code the country code, not null
     * @return the area
     */
    static Geography country(CountryCode code) {
        return new CountryArea(code);
    }

    /**
     * The area of one Swedish municipality.
     *
     * @param code the municipality code, not null
     * @since 0.1.0
     */
    record MunicipalityArea(MunicipalityCode code) implements Geography {

        /** The name of this kind of area in documents: {@value}. */
        public static final String TYPE_NAME = "municipality";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        /**
         * Creates the area.
         *
         * @param code the municipality code, not null
         */
        public MunicipalityArea {
            Require.nonNull(code, "municipality code");
        }

        @Override
        public GovernanceLevel level() {
            return GovernanceLevel.LOCAL;
        }

        @Override
        public Optional<CountryCode> country() {
            return Optional.of(CountryCode.SWEDEN);
        }

        @Override
        public boolean contains(Geography other) {
            return equals(other) || other instanceof LauArea lau && lau.code().equals(LauCode.of(code));
        }
    }

    /**
     * The area of one Swedish county.
     *
     * @param code the county code, not null
     * @since 0.1.0
     */
    record CountyArea(CountyCode code) implements Geography {

        /** The name of this kind of area in documents: {@value}. */
        public static final String TYPE_NAME = "county";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        /**
         * Creates the area.
         *
         * @param code the county code, not null
         */
        public CountyArea {
            Require.nonNull(code, "county code");
        }

        @Override
        public GovernanceLevel level() {
            return GovernanceLevel.REGIONAL;
        }

        @Override
        public Optional<CountryCode> country() {
            return Optional.of(CountryCode.SWEDEN);
        }

        @Override
        public boolean contains(Geography other) {
            return equals(other)
                    || other instanceof MunicipalityArea m && m.code().county().equals(code)
                    || other instanceof LauArea lau && lau.code().country().equals(CountryCode.SWEDEN)
                            && lau.code().code().startsWith(code.toString());
        }
    }

    /**
     * The area of one country. Sweden contains its counties and municipalities.
     *
     * @param code the country code, not null
     * @since 0.1.0
     */
    record CountryArea(CountryCode code) implements Geography {

        /** The name of this kind of area in documents: {@value}. */
        public static final String TYPE_NAME = "country";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        /**
         * Creates the area.
         *
         * @param code the country code, not null
         */
        public CountryArea {
            Require.nonNull(code, "country code");
        }

        @Override
        public GovernanceLevel level() {
            return GovernanceLevel.NATIONAL;
        }

        @Override
        public Optional<CountryCode> country() {
            return Optional.of(code);
        }

        @Override
        public boolean contains(Geography other) {
            return !(other instanceof CountryGroupArea) && other.country().filter(code::equals).isPresent();
        }
    }

    /**
     * The area of one local administrative unit (LAU) of any country, such as München ({@code DE:09162000}). A
     * Swedish LAU is the municipality of the same code.
     *
     * @param code the LAU code, not null
     * @since 0.1.0
     */
    record LauArea(LauCode code) implements Geography {

        /** The name of this kind of area in documents: {@value}. */
        public static final String TYPE_NAME = "lau";

        /**
         * Creates the area.
         *
         * @param code the LAU code, not null
         */
        public LauArea {
            Require.nonNull(code, "LAU code");
        }

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public GovernanceLevel level() {
            return GovernanceLevel.LOCAL;
        }

        @Override
        public Optional<CountryCode> country() {
            return Optional.of(code.country());
        }

        @Override
        public boolean contains(Geography other) {
            return equals(other)
                    || other instanceof MunicipalityArea m && LauCode.of(m.code()).equals(code);
        }
    }

    /**
     * The area of one NUTS region of level 1 to 3, such as Dalarna ({@code SE312}); it contains the regions whose
     * codes start with its own. A NUTS level 0 code is a country: use {@link #country(CountryCode)}.
     *
     * @param code the NUTS code of level 1 to 3, not null
     * @since 0.1.0
     */
    record NutsArea(NutsCode code) implements Geography {

        /** The name of this kind of area in documents: {@value}. */
        public static final String TYPE_NAME = "nuts";

        /**
         * Creates the area.
         *
         * @param code the NUTS code of level 1 to 3, not null
         * @throws ClimateCityException if the code is of level 0 or names no country
         */
        public NutsArea {
            Require.nonNull(code, "NUTS code");
            if (code.level() <= 0) {
                throw new ClimateCityException("NUTS area must be of level 1 to 3; level 0 '" + code
                        + "' is a country area");
            }
            if (!code.country().isPresent()) {
                throw new ClimateCityException("NUTS code '" + code + "' names no ISO 3166 country");
            }
        }

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public GovernanceLevel level() {
            return GovernanceLevel.REGIONAL;
        }

        @Override
        public Optional<CountryCode> country() {
            return code.country();
        }

        @Override
        public boolean contains(Geography other) {
            return other instanceof NutsArea nuts && code.contains(nuts.code());
        }
    }

    /**
     * A named group of countries, such as the EU-27. It contains each of its countries and what they contain.
     *
     * @param name the name, such as {@code EU-27}, not blank
     * @param countries the member countries, at least two
     * @since 0.1.0
     */
    record CountryGroupArea(String name, Set<CountryCode> countries) implements Geography {

        /** The name of this kind of area in documents: {@value}. */
        public static final String TYPE_NAME = "country-group";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        /**
         * Creates the area.
         *
         * @param name the name, not blank
         * @param countries the member countries, at least two
         * @throws ClimateCityException if the name is blank or there are fewer than two countries
         */
        public CountryGroupArea {
            name = Require.text(name, "country group name");
            countries = Require.set(countries, "country group countries");
            if (countries.size() < 2) {
                throw new ClimateCityException("country group must have at least 2 countries, had "
                        + countries.size());
            }
        }

        @Override
        public GovernanceLevel level() {
            return GovernanceLevel.EU;
        }

        @Override
        public boolean contains(Geography other) {
            if (other instanceof CountryGroupArea group) {
                return countries.containsAll(group.countries());
            }
            // what CountryArea.contains decides for each member, without a CountryArea per member and call:
            // scaling checks every jurisdiction of a stage against its areas (see the benchmarks)
            if (other instanceof CountryArea country) {
                return countries.contains(country.code());
            }
            Optional<CountryCode> country = other.country();
            return country.isPresent() && countries.contains(country.get());
        }

        @Override
        public Optional<CountryCode> country() {
            return Optional.empty();
        }
    }
}
