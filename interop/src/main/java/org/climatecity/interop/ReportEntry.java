package org.climatecity.interop;

import java.math.BigDecimal;
import java.util.Objects;
import org.climatecity.core.ClimateCityException;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an import report: a value that was dropped, approximated, mapped by assumption or found inconsistent,
 * with where it is in the input, a stable code and a message. Immutable and thread-safe.
 *
 * <p>The location is the file (its name as given to the importer) and either a line (1 is a CSV file's header) or a
 * JSON pointer (RFC 6901, {@code /12/emissions/1990}); an entry about a whole file has neither. Codes are kebab-case
 * words ({@code missing-reference-number}) that stay the same between versions; the message says what was found and
 * what the import did with it.
 *
 * @param file the input file, not blank
 * @param line the line, at least 1, or null
 * @param pointer the JSON pointer, empty or starting with {@code /}, or null
 * @param code the stable code, kebab-case
 * @param message the message, not blank
 * @param tonnesLeftOut the tonnes CO2e of the input that the document lacks because of this entry (a row left out),
 *     or null when none
 * @since 0.1.0
 */
public record ReportEntry(String file, @Nullable Integer line, @Nullable String pointer, String code,
        String message, @Nullable BigDecimal tonnesLeftOut) {


    /**
     * Creates an entry.
     *
     * @param file the file, not blank
     * @param line the line, at least 1, or null
     * @param pointer the JSON pointer, or null; not given together with a line
     * @param code the code, kebab-case
     * @param message the message, not blank
     * @param tonnesLeftOut the tonnes left out, or null
     * @throws ClimateCityException if a component is missing or malformed
     */
    public ReportEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (file.isBlank()) {
            throw new ClimateCityException("report entry file must not be blank");
        }
        if (line != null && line < 1) {
            throw new ClimateCityException("report entry line must be at least 1, was " + line);
        }
        if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new ClimateCityException("report entry pointer must be empty or start with '/', was '" + pointer
                    + "'");
        }
        if (line != null && pointer != null) {
            throw new ClimateCityException("report entry must give a line or a pointer, not both");
        }
        if (!isCode(code)) {
            throw new ClimateCityException("report entry code must be kebab-case such as 'bad-number', was '" + code
                    + "'");
        }
        if (message.isBlank()) {
            throw new ClimateCityException("report entry message must not be blank");
        }
    }

    /**
     * Creates an entry that leaves no tonnes out.
     *
     * @param file the file, not blank
     * @param line the line, at least 1, or null
     * @param pointer the JSON pointer, or null; not given together with a line
     * @param code the code, kebab-case
     * @param message the message, not blank
     * @throws ClimateCityException if a component is missing or malformed
     */
    public ReportEntry(String file, @Nullable Integer line, @Nullable String pointer, String code, String message) {
        this(file, line, pointer, code, message, null);
    }

    /**
     * Obtains an entry at a line of a file.
     *
     * @param file the file, not blank
     * @param line the line, at least 1
     * @param code the code, kebab-case
     * @param message the message, not blank
     * @return the entry
     * @throws ClimateCityException if a component is malformed
     */
    public static ReportEntry atLine(String file, int line, String code, String message) {
        return new ReportEntry(file, line, null, code, message);
    }

    /**
     * Obtains an entry at a JSON pointer of a file.
     *
     * @param file the file, not blank
     * @param pointer the JSON pointer, not null
     * @param code the code, kebab-case
     * @param message the message, not blank
     * @return the entry
     * @throws ClimateCityException if a component is malformed
     */
    public static ReportEntry atPointer(String file, String pointer, String code, String message) {
        return new ReportEntry(file, null, Objects.requireNonNull(pointer, "pointer"), code, message);
    }

    /**
     * Obtains an entry about a whole file.
     *
     * @param file the file, not blank
     * @param code the code, kebab-case
     * @param message the message, not blank
     * @return the entry
     * @throws ClimateCityException if a component is malformed
     */
    public static ReportEntry ofFile(String file, String code, String message) {
        return new ReportEntry(file, null, null, code, message);
    }

    /**
     * Returns the entry as compilers print problems: {@code FILE:LINE: code: message}, or {@code FILE:POINTER: ...}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String at = line != null ? ":" + line : pointer != null ? ":" + pointer : "";
        return file + at + ": " + code + ": " + message;
    }

    /**
     * Returns whether a code is kebab-case: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, checked without a regex (an import at
     * scale makes hundreds of thousands of entries).
     */
    private static boolean isCode(String code) {
        int n = code.length();
        if (n == 0 || code.charAt(0) < 'a' || code.charAt(0) > 'z' || code.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = code.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && code.charAt(i - 1) != '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
