package org.climatecity.interop.internal;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/** Parses the numbers of outside data and writes them back so that they equal the input as decimals. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Parses a decimal number: digits with an optional sign, point and exponent; no thousands separators, no
     * {@code NaN} or infinity.
     *
     * @param text the text, stripped
     * @return the number, or empty when the text is not such a number or does not fit a double (too large, or too
     *     small to be told from 0)
     */
    public static OptionalDouble parse(String text) {
        if (!decimal(text)) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        if (value == 0 && new BigDecimal(text.startsWith("+") ? text.substring(1) : text).signum() != 0) {
            // too small for a double: read as 0, it would change the value silently
            return OptionalDouble.empty();
        }
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /**
     * Parses a whole number, allowing a fraction of zeros such as {@code 2050.0}, as tables written from floating
     * point columns give.
     *
     * @param text the text, stripped
     * @return the number, or null when it is not whole or out of range
     */
    public static Long parseWhole(String text) {
        if (plainWhole(text)) {
            return Long.parseLong(text);
        }
        OptionalDouble value = parse(text);
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal decimal = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        try {
            return decimal.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * Checks if a text is a decimal: {@code [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?} with ASCII digits, checked
     * without a regex (every number of every row passes here).
     */
    private static boolean decimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int whole = digits(text, i);
        i += whole;
        int fraction = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            fraction = digits(text, i);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    /** Returns how many ASCII digits a text holds from an index on. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** Checks if a text is 1 to 18 digits after an optional minus, which a {@code long} holds as written. */
    private static boolean plainWhole(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int n = text.length() - start;
        return n >= 1 && n <= 18 && digits(text, start) == n;
    }

    /**
     * Writes a number in plain decimal notation without trailing zeros, the shortest text that reads back as the same
     * double: {@code 1523.89}, {@code 27200000}.
     *
     * @param value the number, finite
     * @return the text
     */
    public static String format(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /**
     * Checks if two decimal texts are equal as decimals ({@code 1523.890} and {@code 1523.89}); texts that are not
     * numbers must be equal as text.
     *
     * @param a one text
     * @param b the other
     * @return true if equal
     */
    public static boolean equalAsDecimals(String a, String b) {
        if (parse(a).isPresent() && parse(b).isPresent()) {
            return new BigDecimal(a.replace("+", "")).compareTo(new BigDecimal(b.replace("+", ""))) == 0;
        }
        return a.equals(b);
    }
}
