package org.climatecity.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.jspecify.annotations.Nullable;

/**
 * Invariant checks shared by the model's constructors. Not part of the public API.
 */
public final class Require {

    private Require() {
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T> the type
     * @param value the value
     * @param name the component name for the message
     * @return the value
     */
    public static <T> T nonNull(@Nullable T value, String name) {
        if (value == null) {
            throw new ClimateCityException(name + " must not be null");
        }
        return value;
    }

    /**
     * Checks that a text is neither null nor blank, and returns it stripped of surrounding white space.
     *
     * @param value the text
     * @param name the component name for the message
     * @return the stripped text
     */
    public static String text(@Nullable String value, String name) {
        nonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new ClimateCityException(name + " must not be blank");
        }
        return stripped;
    }

    /**
     * Returns null for null, otherwise the checked, stripped text.
     *
     * @param value the text or null
     * @param name the component name for the message
     * @return null or the stripped text
     */
    public static @Nullable String optionalText(@Nullable String value, String name) {
        return value == null ? null : text(value, name);
    }

    /**
     * Copies a list, rejecting null lists and null elements.
     *
     * @param <T> the element type
     * @param values the list
     * @param name the component name for the message
     * @return an unmodifiable copy
     */
    public static <T> List<T> list(@Nullable List<T> values, String name) {
        nonNull(values, name);
        try {
            // an unmodifiable list of List.of or List.copyOf, as a reader gives, is returned as it is, unwalked
            return List.copyOf(values);
        } catch (NullPointerException e) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw new ClimateCityException(name + " must not contain null, was null at index " + i);
                }
            }
            throw e;
        }
    }

    /**
     * Copies a list of texts, stripping each and rejecting blank ones.
     *
     * @param values the texts
     * @param name the component name for the message
     * @return an unmodifiable copy
     */
    public static List<String> texts(@Nullable List<String> values, String name) {
        List<String> checked = list(values, name);
        String[] texts = new String[checked.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = checked.get(i).strip();
            if (texts[i].isEmpty()) {
                throw new ClimateCityException(name + " element must not be blank");
            }
        }
        return List.of(texts);
    }

    /**
     * Copies a set into a sorted unmodifiable set, rejecting null sets and null elements.
     *
     * @param <T> the element type
     * @param values the set
     * @param name the component name for the message
     * @return an unmodifiable copy
     */
    public static <T extends Comparable<? super T>> Set<T> set(@Nullable Set<T> values, String name) {
        nonNull(values, name);
        for (T value : values) {
            if (value == null) {
                throw new ClimateCityException(name + " must not contain null");
            }
        }
        // sorted, so that iteration (and therefore written documents) never depends on hash order
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(values));
    }

    /**
     * Copies a list, rejecting null elements and repeated values.
     *
     * @param <T> the element type
     * @param values the list
     * @param name the component name for the message
     * @return an unmodifiable copy
     */
    public static <T> List<T> distinctList(@Nullable List<T> values, String name) {
        List<T> copy = list(values, name);
        distinct(copy, name);
        return copy;
    }

    /**
     * Checks that a number is finite.
     *
     * @param value the number
     * @param name the component name for the message
     * @return the value
     */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new ClimateCityException(name + " must be a finite number, was " + value);
        }
        return value;
    }

    /**
     * Checks that a number is finite and not negative.
     *
     * @param value the number
     * @param name the component name for the message
     * @return the value
     */
    public static double nonNegative(double value, String name) {
        finite(value, name);
        if (value < 0) {
            throw new ClimateCityException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /**
     * Checks that a share lies in [0, 1].
     *
     * @param value the share
     * @param name the component name for the message
     * @return the value
     */
    public static double share(double value, String name) {
        finite(value, name);
        if (value < 0 || value > 1) {
            throw new ClimateCityException(name + " must be a share between 0 and 1, was " + value);
        }
        return value;
    }

    /**
     * Checks that a percentage lies in [0, 100].
     *
     * @param value the percentage
     * @param name the component name for the message
     * @return the value
     */
    public static double percent(double value, String name) {
        finite(value, name);
        if (value < 0 || value > 100) {
            throw new ClimateCityException(name + " must be from 0 to 100, was " + value);
        }
        return value;
    }

    /**
     * Checks that a calendar year lies in the range the model supports, 1900 to 2200.
     *
     * @param year the year
     * @param name the component name for the message
     * @return the year
     */
    public static int year(int year, String name) {
        if (year < 1900 || year > 2200) {
            throw new ClimateCityException(name + " must be a year from 1900 to 2200, was " + year);
        }
        return year;
    }

    /**
     * Checks that a low, central and high value are finite and in the order low &lt;= central &lt;= high.
     *
     * @param low the low value
     * @param central the central value
     * @param high the high value
     * @param what what the values are, for the message, not null
     * @throws ClimateCityException if a value is not finite or the three are out of order
     */
    public static void ordered(double low, double central, double high, String what) {
        finite(low, "low " + what);
        finite(central, "central " + what);
        finite(high, "high " + what);
        if (low > central || central > high) {
            throw new ClimateCityException(what + " must satisfy low <= central <= high, was " + low + ", "
                    + central + ", " + high);
        }
    }

    /**
     * Checks that an identifier-like value has no duplicates in a list.
     *
     * @param <T> the element type
     * @param values the values
     * @param name the component name for the message
     */
    public static <T> void distinct(List<T> values, String name) {
        int size = values.size();
        if (size <= 8) {
            // a few values: comparing each pair costs less than a hash set
            for (int i = 1; i < size; i++) {
                T value = values.get(i);
                for (int j = 0; j < i; j++) {
                    if (values.get(j).equals(value)) {
                        throw repeated(name, value);
                    }
                }
            }
            return;
        }
        Set<T> seen = new java.util.HashSet<>(size * 2);
        for (T value : values) {
            if (!seen.add(value)) {
                throw repeated(name, value);
            }
        }
    }

    private static ClimateCityException repeated(String name, Object value) {
        return new ClimateCityException(name + " must not repeat a value, repeated '" + value + "'");
    }

    /**
     * Fails with the rule and the offending value when the condition does not hold.
     *
     * @param condition the condition that must hold
     * @param message the rule and the offending value
     */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new ClimateCityException(Objects.requireNonNull(message, "message"));
        }
    }

    /**
     * Checks an optional web address: null, or an absolute http or https URL with a host.
     *
     * @param value the address, or null
     * @param name what the value is, for the message
     * @return the stripped address, or null
     * @throws ClimateCityException if the address is blank or not an absolute http or https URL
     */
    public static @Nullable String optionalHttpUrl(@Nullable String value, String name) {
        String url = optionalText(value, name);
        if (url == null) {
            return null;
        }
        if (plainHttpUrl(url)) {
            return url;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ClimateCityException(name + " must be an absolute http or https address, was '"
                + Texts.abbreviate(url) + "'");
    }

    /** The characters that a plain address holds after its host: in a path and a query alike, never escaped. */
    private static final String PLAIN_URL_CHARS = "-_.!~*'();/?:@&=+$,";

    /**
     * Checks if an address is a plain absolute http or https URL, without parsing it as a {@link java.net.URI} (an
     * import makes thousands): a lowercase scheme, a host name of letters, digits and inner hyphens in dot-separated
     * labels whose last starts with a letter, no port, user or fragment, and after the host only letters, digits and
     * the characters that a URI's path and query hold unescaped. Every such address is one that {@code URI} parses as
     * absolute with that host; any other address is left to it.
     */
    static boolean plainHttpUrl(String url) {
        int n = url.length();
        int i = url.startsWith("http://") ? 7 : url.startsWith("https://") ? 8 : -1;
        if (i < 0) {
            return false;
        }
        int label = i;
        int lastLabel = i;
        for (; i < n && url.charAt(i) != '/' && url.charAt(i) != '?'; i++) {
            char c = url.charAt(i);
            if (c == '.') {
                if (i == label || url.charAt(i - 1) == '-') {
                    return false;
                }
                label = i + 1;
            } else if (c == '-') {
                if (i == label) {
                    return false;
                }
            } else if (!asciiLetterOrDigit(c)) {
                return false;
            } else if (i == label) {
                lastLabel = i;
            }
        }
        // a host of labels ending in a letter-led label, with no empty label and no trailing dot or hyphen
        if (label == i || url.charAt(i - 1) == '-' || lastLabel != label || !asciiLetter(url.charAt(lastLabel))) {
            return false;
        }
        for (; i < n; i++) {
            char c = url.charAt(i);
            if (!asciiLetterOrDigit(c) && PLAIN_URL_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean asciiLetterOrDigit(char c) {
        return asciiLetter(c) || c >= '0' && c <= '9';
    }

    /**
     * Checks a date: present, in the years 0001 to 9999 that ISO-8601 calendar dates {@code YYYY-MM-DD} (and the
     * document format) can write.
     *
     * @param value the date
     * @param name what the value is, for the message
     * @return the date
     * @throws ClimateCityException if the date is null or outside those years
     */
    public static java.time.LocalDate date(java.time.@Nullable LocalDate value, String name) {
        nonNull(value, name);
        if (value.getYear() < 1 || value.getYear() > 9999) {
            throw new ClimateCityException(name + " must be in the years 0001 to 9999, was " + value);
        }
        return value;
    }

    /**
     * Checks an optional date, as {@link #date} does when present.
     *
     * @param value the date, or null
     * @param name what the value is, for the message
     * @return the date, or null
     * @throws ClimateCityException if the date is outside the years 0001 to 9999
     */
    public static java.time.@Nullable LocalDate optionalDate(java.time.@Nullable LocalDate value, String name) {
        return value == null ? null : date(value, name);
    }
}
