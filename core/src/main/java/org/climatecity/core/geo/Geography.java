package org.climatecity.core.geo;

import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.internal.Require;

/**
 * An area that an initiative's scope or a scaling stage covers: a Swedish municipality, a Swedish county, a country,
 * or a group of countries such as the EU-27.
 *
 * <p>Areas nest: a county contains its municipalities, Sweden contains its counties, and a group of countries
 * contains each of them (see {@link #contains(Geography)}). All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Geography {

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
        public boolean contains(Geography other) {
            return equals(other);
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
        public boolean contains(Geography other) {
            return equals(other)
                    || other instanceof MunicipalityArea m && m.code().county().equals(code);
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
        public boolean contains(Geography other) {
            if (equals(other)) {
                return true;
            }
            boolean swedish = other instanceof MunicipalityArea || other instanceof CountyArea;
            return swedish && code.equals(CountryCode.SWEDEN);
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
            boolean swedish = other instanceof MunicipalityArea || other instanceof CountyArea;
            return swedish && countries.contains(CountryCode.SWEDEN);
        }
    }
}
