package org.climatecity.examples;

/**
 * The exit codes of the {@code climate-city} command, after the convention of {@code grep}: 0 for success, 1 for a
 * negative answer (a document is invalid), 2 for an error of use (a bad flag, a missing or unreadable file).
 *
 * @since 0.1.0
 */
public final class ExitCodes {

    /** Success: every document is valid and every output was written. */
    public static final int OK = 0;

    /** At least one document is invalid; its problems are printed. */
    public static final int INVALID = 1;

    /**
     * A usage error: an unknown or malformed option, a missing argument, a file that cannot be read or written,
     * standard output included (a full disk, a closed pipe), as {@code grep} does.
     */
    public static final int USAGE = 2;

    /** An internal error of the tool itself, which is a bug to report. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
