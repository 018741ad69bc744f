package org.climatecity.serialization.engine;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Share;
import org.climatecity.core.internal.Texts;
import org.climatecity.serialization.format.ModelFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/** The codecs of scalar values: texts, codes, dates, names of enums, numbers. */
final class ScalarCodecs {

    private ScalarCodecs() {
    }

    /** Reads the current token as text: a JSON string, or in YAML any scalar. Null after a problem. */
    static @Nullable String text(Reading r) {
        JsonToken token = r.p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            // the characters are checked in the parser's buffer, where nearly every text has no surrogate at all
            char[] chars = r.p.getStringCharacters();
            int offset = r.p.getStringOffset();
            int length = r.p.getStringLength();
            String text = new String(chars, offset, length);
            return !hasSurrogate(chars, offset, length) || unicode(r, text) ? text : null;
        }
        if (r.state.scalarsAsText && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            String text = r.p.getString();
            return unicode(r, text) ? text : null;
        }
        r.wrongType("a string");
        return null;
    }

    /**
     * Checks that a text read from the input is valid Unicode, recording an invalid-encoding problem at the current
     * value if not. JSON escapes can spell a lone surrogate (<code>"&#92;ud800"</code>), which no UTF-8 can hold:
     * such a text would pass every rule and then fail, or turn into {@code ?}, when written.
     *
     * @return true if the text is valid
     */
    static boolean unicode(Reading r, String text) {
        int at = loneSurrogate(text);
        if (at < 0) {
            return true;
        }
        r.problem(Codes.INVALID_ENCODING, "text must be valid Unicode, but it has a lone surrogate "
                + escape(text, at));
        return false;
    }

    /**
     * Checks that a property name read from the input is valid Unicode, as {@link #unicode}; the problem is recorded
     * at the object, as the name cannot be part of a pointer.
     *
     * @return true if the name is valid
     */
    static boolean unicodeName(Reading r, String name) {
        int at = loneSurrogate(name);
        if (at < 0) {
            return true;
        }
        String pointer = r.pointer();
        r.state.add(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))), r.location(), Codes.INVALID_ENCODING,
                "property name must be valid Unicode, but it has a lone surrogate " + escape(name, at));
        return false;
    }

    private static String escape(String text, int at) {
        return "(\\u" + Integer.toHexString(text.charAt(at)) + ") at index " + at;
    }

    /** Checks if any of the characters is a surrogate, paired or not. */
    static boolean hasSurrogate(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (Character.isSurrogate(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** Returns the index of the first surrogate that is not part of a pair, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * A plain text, kept as written (the model strips it). A blank text is a problem of the value: the model rejects
     * it too, but takes fewer characters for white space than the JSON Schema does (see {@link WhiteSpace}).
     */
    static final Codec<String> TEXT = new Codec<>() {
        @Override
        @Nullable String read(Reading r) {
            String text = text(r);
            if (text != null && WhiteSpace.isBlank(text)) {
                r.problem(Codes.INVALID_VALUE, "text must not be blank, was "
                        + (text.isEmpty() ? "empty" : "only white space"));
                return null;
            }
            return text;
        }

        @Override
        void write(String value, Writing w) {
            w.g.writeString(value);
        }

        @Override
        String expected() {
            return "a string";
        }
    };

    /**
     * A value written as text and read by a parse function that throws the model's exception.
     *
     * <p>The enum constants among the values (a sealed type's enum subtypes, such as the named emissions sectors) are
     * formatted once: they are written from their encoded text and read by a lookup, where formatting and parsing
     * them built a new string for each of the tens of thousands of values of a large document.
     */
    static class Parsed<T> extends Codec<T> {
        /** The slots of the codecs' tables of parsed values in a {@link ReadState}, one per codec. */
        private static final AtomicInteger SLOTS = new AtomicInteger();

        private final int slot;
        private final Function<String, T> parse;
        private final Function<T, String> format;
        /** The encoded text of each constant, by identity; empty for a type without constants. */
        private final Map<Object, SerializedString> constantTexts;
        /** The constants by text: only texts that parse to that very constant. */
        private final Map<String, T> constants;

        Parsed(Class<T> type, Function<String, T> parse, Function<T, String> format) {
            this.slot = SLOTS.getAndIncrement();
            this.parse = parse;
            this.format = format;
            Map<Object, SerializedString> texts = new IdentityHashMap<>();
            Map<String, T> byText = new HashMap<>();
            for (Object constant : enumConstants(type, new ArrayList<>())) {
                T value = type.cast(constant);
                String text = format.apply(value);
                T parsed;
                try {
                    parsed = parse.apply(text);
                } catch (ClimateCityException e) {
                    continue;
                }
                if (parsed == value) {
                    texts.put(value, new SerializedString(text));
                    byText.put(text, value);
                }
            }
            this.constantTexts = texts;
            this.constants = byText;
        }

        /** Collects the enum constants of a type: an enum's, or a sealed type's enum subtypes', at any depth. */
        private static List<Object> enumConstants(Class<?> type, List<Object> into) {
            if (type.isEnum()) {
                into.addAll(List.of(type.getEnumConstants()));
            } else if (type.isSealed()) {
                for (Class<?> subtype : type.getPermittedSubclasses()) {
                    enumConstants(subtype, into);
                }
            }
            return into;
        }

        @Override
        @SuppressWarnings("unchecked")
        @Nullable T read(Reading r) {
            JsonParser p = r.p;
            TextTable seen = r.state.parsed(slot);
            String text;
            int hash;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                // a text seen before is found by its characters in the parser's buffer: no string is built for it
                char[] chars = p.getStringCharacters();
                int offset = p.getStringOffset();
                int length = p.getStringLength();
                hash = TextTable.hash(chars, offset, length);
                Object shared = seen.get(chars, offset, length, hash);
                if (shared != null) {
                    return (T) shared;
                }
                text = new String(chars, offset, length);
                // the string caches its hash now, while its bytes are in the cache: the document rules hash every id,
                // and doing so for the first time, on a model just read and no longer in the cache, is slower
                text.hashCode();
                if (hasSurrogate(chars, offset, length) && !unicode(r, text)) {
                    return null;
                }
            } else {
                text = text(r);
                if (text == null) {
                    return null;
                }
                hash = text.hashCode();
                Object shared = seen.get(text);
                if (shared != null) {
                    return (T) shared;
                }
            }
            T value = constants.isEmpty() ? null : constants.get(text);
            if (value == null) {
                try {
                    value = parse.apply(text);
                } catch (ClimateCityException e) {
                    r.problem(Codes.INVALID_VALUE, e.getMessage());
                    return null;
                }
            }
            seen.put(text, hash, value);
            return value;
        }

        @Override
        void write(T value, Writing w) {
            if (!constantTexts.isEmpty()) {
                SerializedString text = constantTexts.get(value);
                if (text != null) {
                    w.g.writeString(text);
                    return;
                }
            }
            w.g.writeString(format.apply(value));
        }

        @Override
        String expected() {
            return "a string";
        }
    }

    /**
     * An ISO-8601 calendar date {@code YYYY-MM-DD} such as 2024-12-01, with a year from 0001 to 9999, as
     * {@link ModelFormat#DATE}, the pattern of the JSON Schema, says: {@link LocalDate#parse} would also take
     * {@code +10000-01-01} and {@code 0000-01-01}.
     */
    static final Codec<LocalDate> DATE = new Parsed<>(LocalDate.class, text -> {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year > 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // a month or day out of range
                }
            }
        }
        throw new ClimateCityException("date must be an ISO-8601 date YYYY-MM-DD with a year from 0001 to 9999,"
                + " such as 2024-12-01, was '" + Texts.abbreviate(text) + "'");
    }, LocalDate::toString) {
        /** Writes the ten characters that {@link LocalDate#toString()} gives for a year from 1 to 9999, unbuilt. */
        @Override
        void write(LocalDate value, Writing w) {
            int year = value.getYear();
            if (year < 1 || year > 9999) {
                super.write(value, w);
                return;
            }
            char[] c = w.scratch;
            twoDigits(c, 0, year / 100);
            twoDigits(c, 2, year % 100);
            c[4] = '-';
            twoDigits(c, 5, value.getMonthValue());
            c[7] = '-';
            twoDigits(c, 8, value.getDayOfMonth());
            w.g.writeString(c, 0, 10);
        }
    };

    private static void twoDigits(char[] into, int at, int value) {
        into[at] = (char) ('0' + value / 10);
        into[at + 1] = (char) ('0' + value % 10);
    }

    /** The number the ASCII digits in a range spell, or -1 if any character is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** An ISO 4217 currency code. */
    static final Codec<Currency> CURRENCY = new Parsed<>(Currency.class, text -> {
        try {
            if (text.length() != 3) {
                throw new IllegalArgumentException();
            }
            return Currency.getInstance(text);
        } catch (IllegalArgumentException e) {
            throw new ClimateCityException("currency must be an ISO 4217 code such as 'SEK', was '"
                    + Texts.abbreviate(text) + "'");
        }
    }, Currency::getCurrencyCode);

    /** A value from a fixed set of names, such as an enum constant by its lowercase-kebab name. */
    static final class Named<T> extends Codec<T> {
        private final Map<String, T> byName = new HashMap<>();
        /** The same as {@link #byName}, filled once in the constructor and then only read. */
        private final TextTable table = new TextTable();
        private final Map<T, String> names = new HashMap<>();
        private final Map<T, SerializedString> encoded = new HashMap<>();
        private final List<String> allowed = new ArrayList<>();
        private final String what;

        Named(String what, Iterable<T> values, Function<T, String> name) {
            this.what = what;
            for (T value : values) {
                String n = name.apply(value);
                byName.put(n, value);
                names.put(value, n);
                encoded.put(value, new SerializedString(n));
                allowed.add(n);
            }
            byName.forEach((n, value) -> table.put(n, n.hashCode(), value));
        }

        static <E extends Enum<E>> Named<E> ofEnum(String what, Class<E> type) {
            return new Named<>(what, List.of(type.getEnumConstants()), Texts::word);
        }

        List<String> allowed() {
            return List.copyOf(allowed);
        }

        String nameOf(T value) {
            return names.get(value);
        }

        @Override
        @SuppressWarnings("unchecked")
        @Nullable T read(Reading r) {
            JsonParser p = r.p;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                // found by the characters in the parser's buffer: no string is built for a known name
                char[] chars = p.getStringCharacters();
                int offset = p.getStringOffset();
                int length = p.getStringLength();
                Object known = table.get(chars, offset, length, TextTable.hash(chars, offset, length));
                if (known != null) {
                    return (T) known;
                }
            }
            String text = text(r);
            if (text == null) {
                return null;
            }
            T value = byName.get(text);
            if (value == null) {
                r.problem(Codes.UNKNOWN_ENUM, what + " must be one of " + String.join(", ", allowed) + ", was '"
                        + Texts.abbreviate(text) + "'");
            }
            return value;
        }

        @Override
        void write(T value, Writing w) {
            w.g.writeString(encoded.get(value));
        }

        @Override
        String expected() {
            return "one of " + allowed;
        }
    }

    /** A 32-bit whole number. */
    static final Codec<Integer> INT = new Codec<>() {
        @Override
        @Nullable Integer read(Reading r) {
            JsonParser p = r.p;
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                r.wrongType("a whole number");
                return null;
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                r.problem(Codes.INVALID_VALUE, "must be a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE);
                return null;
            }
            return p.getIntValue();
        }

        @Override
        void write(Integer value, Writing w) {
            w.g.writeNumber(value.intValue());
        }

        @Override
        String expected() {
            return "a whole number";
        }
    };

    /** A 64-bit whole number. */
    static final Codec<Long> LONG = new Codec<>() {
        @Override
        @Nullable Long read(Reading r) {
            JsonParser p = r.p;
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                r.wrongType("a whole number");
                return null;
            }
            JsonParser.NumberType type = p.getNumberType();
            if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
                r.problem(Codes.INVALID_VALUE, "must be a whole number from " + Long.MIN_VALUE + " to "
                        + Long.MAX_VALUE);
                return null;
            }
            return p.getLongValue();
        }

        @Override
        void write(Long value, Writing w) {
            w.g.writeNumber(value.longValue());
        }

        @Override
        String expected() {
            return "a whole number";
        }
    };

    /** Checks if a number's text is zero: no digit 1 to 9 before its exponent. */
    static boolean isZero(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A finite double, written in the shortest form that reads back to the same double; a number too large or too
     * small in size for a double (one that would read as infinity or as 0) is a problem.
     */
    static final Codec<Double> DOUBLE = new Codec<>() {
        @Override
        @Nullable Double read(Reading r) {
            JsonParser p = r.p;
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                r.wrongType("a number");
                return null;
            }
            double value = p.isNaN() ? Double.NaN : p.getDoubleValue();
            if (!Double.isFinite(value)) {
                r.problem(Codes.INVALID_VALUE, "must be a finite number");
                return null;
            }
            // too small for a double is out of range as too large is: it would silently read as zero
            if (value == 0 && !isZero(p.getString())) {
                r.problem(Codes.INVALID_VALUE, "must be zero or a number a double holds, but '"
                        + Texts.abbreviate(p.getString()) + "' is too close to zero and would read as 0");
                return null;
            }
            return value;
        }

        @Override
        void write(Double value, Writing w) {
            w.g.writeNumber(value.doubleValue());
        }

        @Override
        String expected() {
            return "a number";
        }
    };

    /** A share from 0 to 1, written as a JSON number; a percentage such as 63 is rejected with a hint. */
    static final Codec<Share> SHARE = new Codec<>() {
        @Override
        @Nullable Share read(Reading r) {
            Double value = DOUBLE.read(r);
            if (value == null) {
                return null;
            }
            try {
                return Share.of(value);
            } catch (ClimateCityException e) {
                r.problem(Codes.INVALID_VALUE, e.getMessage());
                return null;
            }
        }

        @Override
        void write(Share value, Writing w) {
            w.g.writeNumber(value.value());
        }

        @Override
        String expected() {
            return "a share from 0 to 1";
        }
    };

    /**
     * A decimal amount, written as a string of plain digits such as {@code "12500000"} or {@code "0.5"}, read from
     * such a string or a JSON number without exponent. At most 30 digits before and 10 after the point.
     */
    static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        @Nullable BigDecimal read(Reading r) {
            JsonParser p = r.p;
            JsonToken token = p.currentToken();
            String text;
            if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                    || token == JsonToken.VALUE_NUMBER_FLOAT) {
                text = p.getString();
            } else {
                r.wrongType("a decimal number written as a string such as \"12500000\"");
                return null;
            }
            if (!plainDecimal(text)) {
                r.problem(Codes.INVALID_VALUE, "amount must be plain digits with an optional decimal point,"
                        + " at most 30 digits before and 10 after it, such as \"12500000\" or \"0.5\", was '"
                        + Texts.abbreviate(text) + "'");
                return null;
            }
            return new BigDecimal(text);
        }

        @Override
        void write(BigDecimal value, Writing w) {
            // a whole amount of at most 18 digits (nearly every amount) as its digits, without building strings;
            // the model keeps 1800000 as 18E+5 (scale -5), which setScale(0) turns into one small object
            int scale = value.scale();
            if (scale <= 0 && value.precision() - scale <= 18) {
                BigDecimal whole = scale == 0 ? value : value.setScale(0);
                w.g.writeString(w.scratch, 0, digits(whole.longValue(), w.scratch));
            } else {
                w.g.writeString(value.toPlainString());
            }
        }

        @Override
        String expected() {
            return "a decimal string";
        }
    };

    /**
     * Writes the decimal digits of a number, with a minus sign if negative, as {@link Long#toString(long)} does.
     *
     * @param value the number, not {@link Long#MIN_VALUE}
     * @param into where to write, at least 20 characters
     * @return the number of characters written
     */
    static int digits(long value, char[] into) {
        long rest = Math.abs(value);
        int length = value < 0 ? 1 : 0;
        for (long left = rest; ; left /= 10) {
            length++;
            if (left < 10) {
                break;
            }
        }
        int at = length;
        do {
            into[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            into[0] = '-';
        }
        return length;
    }

    /** The pattern of {@link #DECIMAL}, also published in the JSON Schema. */
    static final String DECIMAL_PATTERN = "^-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,10})?$";

    static boolean plainDecimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int intStart = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 30 || (intDigits > 1 && text.charAt(intStart) == '0')) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        i++;
        int fracStart = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        int fracDigits = i - fracStart;
        return i == n && fracDigits >= 1 && fracDigits <= 10;
    }
}
