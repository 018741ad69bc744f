package org.climatecity.core.id;

import java.util.Optional;
import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * An identifier of a place or an organisation in a namespace, written {@code namespace:value}: a UN/LOCODE
 * ({@code locode:SE BOS}), a Eurostat LAU code ({@code lau:DE:09162000}), a NUTS code ({@code nuts:SE312}), an
 * ISO 3166-1 country ({@code iso3166-1:SE}) or ISO 3166-2 subdivision code ({@code iso3166-2:SE-W}), a Swedish
 * municipality or county code ({@code se-kommun:2081}, {@code se-lan:20}), a Wikidata item
 * ({@code wikidata:Q208446}); for organisations, a Legal Entity Identifier ({@code lei:...}), an EU VAT number
 * ({@code vat:SE556016342901}) or a Swedish organisation number ({@code se-orgnr:556016-3429}); or any other
 * namespace, such as a CDP account number ({@code cdp:35860}).
 *
 * <p>A namespace is a lowercase slug of at most 32 characters. The values of the namespaces this class names are
 * checked by their rules and kept in canonical form; values of other namespaces are kept as given (not blank, at
 * most 200 characters, no control characters), so that identifiers of systems the library does not know are never
 * lost. Immutable and thread-safe; ordered by namespace, then value.
 *
 * @param namespace the namespace, such as {@code lau}, not null
 * @param value the value in the namespace, such as {@code SE:2081}, not null
 * @since 0.1.0
 */
public record Identifier(String namespace, String value) implements Comparable<Identifier> {

    /** UN/LOCODE: a country code, a space, and three letters or digits 2–9, such as {@code SE BOS}. */
    public static final String LOCODE = "locode";
    /** Eurostat Local Administrative Unit, qualified by its country: {@code COUNTRY:CODE}, see {@link LauCode}. */
    public static final String LAU = "lau";
    /** Eurostat NUTS code of level 0 to 3, such as {@code SE312}, see {@link NutsCode}. */
    public static final String NUTS = "nuts";
    /** ISO 3166-1 alpha-2 country code, such as {@code SE}, see {@link CountryCode}. */
    public static final String ISO_3166_1 = "iso3166-1";
    /** ISO 3166-2 subdivision code: a country code, a hyphen and 1 to 3 letters or digits, such as {@code SE-W}. */
    public static final String ISO_3166_2 = "iso3166-2";
    /** Swedish municipality code (kommunkod), 4 digits, see {@link MunicipalityCode}. */
    public static final String SE_KOMMUN = "se-kommun";
    /** Swedish county code (länskod), 2 digits, see {@link CountyCode}. */
    public static final String SE_LAN = "se-lan";
    /** Wikidata item, such as {@code Q208446}. */
    public static final String WIKIDATA = "wikidata";
    /**
     * Legal Entity Identifier (ISO 17442): 18 capital letters or digits and 2 check digits of ISO 7064 MOD 97-10.
     *
     * @since 0.1.0
     */
    public static final String LEI = "lei";
    /**
     * VAT number of an EU member state: its prefix ({@code EL} for Greece) and the number in the shape the member
     * state uses, without spaces, such as {@code SE556016342901}.
     *
     * @since 0.1.0
     */
    public static final String VAT = "vat";
    /**
     * Swedish organisation number (organisationsnummer), {@code NNNNNN-NNNN} with a Luhn check digit, see
     * {@link OrganisationNumber}.
     *
     * @since 0.1.0
     */
    public static final String SE_ORGNR = "se-orgnr";

    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern LOCODE_VALUE = Pattern.compile("[A-Z]{2} [A-Z2-9]{3}");
    private static final Pattern ISO_3166_2_VALUE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern WIKIDATA_VALUE = Pattern.compile("Q[1-9][0-9]{0,11}");
    private static final Pattern LEI_VALUE = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
    private static final Pattern VAT_PREFIX = Pattern.compile("[A-Z]{2}.*");
    private static final int MAX_VALUE_LENGTH = 200;

    /**
     * Creates an identifier, checking the namespace and, for the namespaces this class names, the value's rules;
     * such values are kept in their canonical form.
     *
     * @param namespace the namespace, not null
     * @param value the value, not null
     * @throws ClimateCityException if the namespace or the value is malformed
     */
    public Identifier {
        if (namespace == null || namespace.length() > 32 || !NAMESPACE.matcher(namespace).matches()) {
            throw new ClimateCityException("identifier namespace must be a lowercase slug of at most 32 characters"
                    + " such as 'lau', was '" + (namespace == null ? "null" : Texts.abbreviate(namespace)) + "'");
        }
        if (value == null) {
            throw new ClimateCityException("identifier value must not be null");
        }
        value = canonical(namespace, value);
    }

    private static String canonical(String namespace, String value) {
        switch (namespace) {
            case LOCODE -> {
                require(LOCODE_VALUE.matcher(value).matches(), namespace, value,
                        "two letters, a space and three letters or digits 2-9 such as 'SE BOS'");
                new CountryCode(value.substring(0, 2));
                return value;
            }
            case LAU -> {
                return LauCode.parse(value).toString();
            }
            case NUTS -> {
                return NutsCode.parse(value).toString();
            }
            case ISO_3166_1 -> {
                return CountryCode.parse(value).toString();
            }
            case ISO_3166_2 -> {
                require(ISO_3166_2_VALUE.matcher(value).matches(), namespace, value,
                        "a country code, a hyphen and 1 to 3 letters or digits such as 'SE-W'");
                new CountryCode(value.substring(0, 2));
                return value;
            }
            case SE_KOMMUN -> {
                return MunicipalityCode.parse(value).toString();
            }
            case SE_LAN -> {
                return CountyCode.parse(value).toString();
            }
            case WIKIDATA -> {
                require(WIKIDATA_VALUE.matcher(value).matches(), namespace, value, "Q and digits such as 'Q208446'");
                return value;
            }
            case LEI -> {
                require(LEI_VALUE.matcher(value).matches(), namespace, value,
                        "20 characters: 18 capital letters or digits and 2 check digits");
                require(mod97(value) == 1, namespace, value, "valid by its ISO 7064 MOD 97-10 check digits");
                return value;
            }
            case VAT -> {
                String prefix = VAT_PREFIX.matcher(value).matches() ? value.substring(0, 2) : "";
                VatNumbers.Shape shape = VatNumbers.shape(prefix).orElse(null);
                require(shape != null, namespace, value, "the prefix of an EU member state (EL for Greece) and the"
                        + " number without spaces, such as 'SE556016342901'");
                require(shape.pattern().matcher(value.substring(2)).matches(), namespace, value,
                        prefix + " and " + shape.description());
                return value;
            }
            case SE_ORGNR -> {
                return OrganisationNumber.parse(value).toString();
            }
            default -> {
                require(!value.isBlank() && value.length() <= MAX_VALUE_LENGTH && noControls(value), namespace, value,
                        "not blank, at most " + MAX_VALUE_LENGTH + " characters, without control characters");
                return value;
            }
        }
    }

    /** Returns the remainder modulo 97 of the number a LEI stands for, its letters counted as 10 to 35. */
    private static int mod97(String value) {
        int remainder = 0;
        for (int i = 0; i < value.length(); i++) {
            int digit = Character.digit(value.charAt(i), 36);
            remainder = (digit < 10 ? remainder * 10 : remainder * 100) + digit;
            remainder %= 97;
        }
        return remainder;
    }

    private static void require(boolean valid, String namespace, String value, String rule) {
        if (!valid) {
            throw new ClimateCityException(namespace + " identifier must be " + rule + ", was '"
                    + Texts.abbreviate(value) + "'");
        }
    }

    private static boolean noControls(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the shape of the values of a namespace whose values this class checks by a pattern of its own: a
     * regular expression without anchors, in the syntax that Java and ECMA-262 share, which every valid value
     * matches. These are {@code locode}, {@code iso3166-2}, {@code wikidata}, {@code lei}, {@code vat} (the shape of
     * each member state's numbers) and {@code se-orgnr} (with or without its hyphen). Check digits and whether a
     * country code exists are not part of a shape. The JSON Schema of the document format is generated from these.
     *
     * @param namespace the namespace, not null
     * @return the pattern, or empty for a namespace whose values a type of their own checks ({@code lau},
     *     {@code nuts}, {@code iso3166-1}, {@code se-kommun}, {@code se-lan}) and for namespaces kept as given
     * @since 0.1.0
     */
    public static Optional<String> valuePattern(String namespace) {
        return Optional.ofNullable(switch (java.util.Objects.requireNonNull(namespace, "namespace")) {
            case LOCODE -> LOCODE_VALUE.pattern();
            case ISO_3166_2 -> ISO_3166_2_VALUE.pattern();
            case WIKIDATA -> WIKIDATA_VALUE.pattern();
            case LEI -> LEI_VALUE.pattern();
            case VAT -> VatNumbers.pattern();
            case SE_ORGNR -> OrganisationNumber.WRITTEN.pattern();
            default -> null;
        });
    }

    /**
     * Obtains an identifier.
     *
     * @param namespace the namespace, not null
     * @param value the value, not null
     * @return the identifier
     * @throws ClimateCityException if malformed
     */
    public static Identifier of(String namespace, String value) {
        return new Identifier(namespace, value);
    }

    /**
     * Parses an identifier written {@code namespace:value}; the value may itself contain colons
     * ({@code lau:SE:2081}).
     *
     * @param text the text, not null
     * @return the identifier
     * @throws ClimateCityException if malformed
     */
    public static Identifier parse(CharSequence text) {
        if (text == null) {
            throw new ClimateCityException("identifier must not be null");
        }
        String value = text.toString();
        int colon = value.indexOf(':');
        if (colon < 1) {
            throw new ClimateCityException("identifier must be written namespace:value such as 'lau:SE:2081', was '"
                    + Texts.abbreviate(value) + "'");
        }
        return new Identifier(value.substring(0, colon), value.substring(colon + 1));
    }

    /**
     * Obtains the identifier of a Swedish municipality by its code.
     *
     * @param code the municipality code, not null
     * @return the identifier {@code se-kommun:CODE}
     */
    public static Identifier of(MunicipalityCode code) {
        return new Identifier(SE_KOMMUN, code.value());
    }

    /**
     * Obtains the identifier of a Swedish county by its code.
     *
     * @param code the county code, not null
     * @return the identifier {@code se-lan:CODE}
     */
    public static Identifier of(CountyCode code) {
        return new Identifier(SE_LAN, code.value());
    }

    /**
     * Obtains the identifier of a country.
     *
     * @param code the country code, not null
     * @return the identifier {@code iso3166-1:CODE}
     */
    public static Identifier of(CountryCode code) {
        return new Identifier(ISO_3166_1, code.value());
    }

    /**
     * Obtains the identifier of a LAU.
     *
     * @param code the LAU code, not null
     * @return the identifier {@code lau:COUNTRY:CODE}
     */
    public static Identifier of(LauCode code) {
        return new Identifier(LAU, code.toString());
    }

    /**
     * Obtains the identifier of a NUTS region.
     *
     * @param code the NUTS code, not null
     * @return the identifier {@code nuts:CODE}
     */
    public static Identifier of(NutsCode code) {
        return new Identifier(NUTS, code.value());
    }

    /**
     * Obtains the identifier of a Swedish organisation number.
     *
     * @param number the organisation number, not null
     * @return the identifier {@code se-orgnr:NNNNNN-NNNN}
     * @since 0.1.0
     */
    public static Identifier of(OrganisationNumber number) {
        return new Identifier(SE_ORGNR, number.toString());
    }

    /**
     * Checks if the namespace is one whose values this class checks.
     *
     * @return true for the namespaces named by the constants of this class
     */
    public boolean isChecked() {
        return switch (namespace) {
            case LOCODE, LAU, NUTS, ISO_3166_1, ISO_3166_2, SE_KOMMUN, SE_LAN, WIKIDATA, LEI, VAT, SE_ORGNR -> true;
            default -> false;
        };
    }

    /**
     * Returns the country the identifier implies, where its namespace says: LOCODE, LAU, NUTS, ISO 3166, VAT numbers
     * (Greece for {@code EL}) and the Swedish codes do; LEI, Wikidata and other namespaces do not.
     *
     * @return the country, or empty
     */
    public Optional<CountryCode> country() {
        return switch (namespace) {
            case LOCODE, LAU, ISO_3166_1, ISO_3166_2 -> Optional.of(new CountryCode(value.substring(0, 2)));
            case NUTS -> NutsCode.parse(value).country();
            case VAT -> Optional.of(VatNumbers.country(value.substring(0, 2)));
            case SE_KOMMUN, SE_LAN, SE_ORGNR -> Optional.of(CountryCode.SWEDEN);
            default -> Optional.empty();
        };
    }

    /**
     * Compares by namespace, then value.
     *
     * @param other the other identifier, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Identifier other) {
        int byNamespace = namespace.compareTo(other.namespace);
        return byNamespace != 0 ? byNamespace : value.compareTo(other.value);
    }

    /**
     * Returns the form {@code namespace:value}.
     *
     * @return the text, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return namespace + ":" + value;
    }
}
