package org.climatecity.core.id;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shapes of the VAT numbers of the EU member states, as the European Commission's VIES service describes them:
 * the prefix (ISO 3166-1 alpha-2, except {@code EL} for Greece) and the number's characters. Shape only: the
 * national check digits are not computed.
 */
final class VatNumbers {

    /** A member state's shape: the pattern of the number after the prefix and its description. */
    record Shape(Pattern pattern, String description) {
    }

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            shape("AT", "U[0-9]{8}", "U and 8 digits"),
            shape("BE", "[01][0-9]{9}", "10 digits starting with 0 or 1"),
            shape("BG", "[0-9]{9,10}", "9 or 10 digits"),
            shape("CY", "[0-9]{8}[A-Z]", "8 digits and a letter"),
            shape("CZ", "[0-9]{8,10}", "8 to 10 digits"),
            shape("DE", "[0-9]{9}", "9 digits"),
            shape("DK", "[0-9]{8}", "8 digits"),
            shape("EE", "[0-9]{9}", "9 digits"),
            shape("EL", "[0-9]{9}", "9 digits"),
            shape("ES", "[0-9A-Z][0-9]{7}[0-9A-Z]", "9 characters, the first and last a letter or digit, the rest"
                    + " digits"),
            shape("FI", "[0-9]{8}", "8 digits"),
            shape("FR", "[0-9A-HJ-NP-Z]{2}[0-9]{9}", "2 letters or digits and 9 digits"),
            shape("HR", "[0-9]{11}", "11 digits"),
            shape("HU", "[0-9]{8}", "8 digits"),
            shape("IE", "[0-9][0-9A-Z+*][0-9]{5}[A-W][A-IW]?", "8 or 9 characters: a digit, a letter, digit, + or *,"
                    + " 5 digits and 1 or 2 letters"),
            shape("IT", "[0-9]{11}", "11 digits"),
            shape("LT", "[0-9]{9}|[0-9]{12}", "9 or 12 digits"),
            shape("LU", "[0-9]{8}", "8 digits"),
            shape("LV", "[0-9]{11}", "11 digits"),
            shape("MT", "[0-9]{8}", "8 digits"),
            shape("NL", "[0-9]{9}B[0-9]{2}", "9 digits, B and 2 digits"),
            shape("PL", "[0-9]{10}", "10 digits"),
            shape("PT", "[0-9]{9}", "9 digits"),
            shape("RO", "[1-9][0-9]{1,9}", "2 to 10 digits, not starting with 0"),
            shape("SE", "[0-9]{10}01", "12 digits ending in 01"),
            shape("SI", "[0-9]{8}", "8 digits"),
            shape("SK", "[0-9]{10}", "10 digits"));

    private VatNumbers() {
    }

    private static Map.Entry<String, Shape> shape(String prefix, String pattern, String description) {
        return Map.entry(prefix, new Shape(Pattern.compile(pattern), description));
    }

    /** Returns the shape of a member state's numbers, by its VAT prefix. */
    static Optional<Shape> shape(String prefix) {
        return Optional.ofNullable(SHAPES.get(prefix));
    }

    /**
     * Returns the pattern of a whole VAT number, prefix and number, of any member state: the shapes above joined,
     * in the order of the prefixes.
     */
    static String pattern() {
        return SHAPES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(shape -> shape.getKey() + "(?:" + shape.getValue().pattern().pattern() + ")")
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Returns the country of a VAT prefix: the prefix itself, except {@code EL} for Greece. */
    static CountryCode country(String prefix) {
        return new CountryCode(prefix.equals("EL") ? "GR" : prefix);
    }
}
