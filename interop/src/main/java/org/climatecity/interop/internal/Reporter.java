package org.climatecity.interop.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.climatecity.interop.ImportReport;
import org.climatecity.interop.ReportEntry;
import org.jspecify.annotations.Nullable;

/** Collects the report entries of one import. */
public final class Reporter {

    private final List<ReportEntry> entries = new ArrayList<>();

    /**
     * Adds an entry at a line.
     *
     * @param file the file
     * @param line the line
     * @param code the code
     * @param message the message
     */
    public void line(String file, int line, String code, String message) {
        entries.add(ReportEntry.atLine(file, line, code, message));
    }

    /**
     * Adds an entry at a line about a row left out with the tonnes it held.
     *
     * @param file the file
     * @param line the line
     * @param code the code
     * @param message the message
     * @param tonnes the tonnes CO2e left out, or null
     */
    public void leftOut(String file, int line, String code, String message, @Nullable BigDecimal tonnes) {
        entries.add(new ReportEntry(file, line, null, code, message, tonnes));
    }

    /**
     * Adds an entry at a JSON pointer.
     *
     * @param file the file
     * @param pointer the pointer
     * @param code the code
     * @param message the message
     */
    public void pointer(String file, String pointer, String code, String message) {
        entries.add(ReportEntry.atPointer(file, pointer, code, message));
    }

    /**
     * Adds an entry at a JSON pointer about a value left out with the tonnes it held.
     *
     * @param file the file
     * @param pointer the pointer
     * @param code the code
     * @param message the message
     * @param tonnes the tonnes CO2e left out, or null
     */
    public void pointerLeftOut(String file, String pointer, String code, String message, @Nullable BigDecimal tonnes) {
        entries.add(new ReportEntry(file, null, pointer, code, message, tonnes));
    }

    /**
     * Adds an entry about a whole file.
     *
     * @param file the file
     * @param code the code
     * @param message the message
     */
    public void file(String file, String code, String message) {
        entries.add(ReportEntry.ofFile(file, code, message));
    }

    /**
     * Adds an entry about a whole file about something left out with the tonnes it held.
     *
     * @param file the file
     * @param code the code
     * @param message the message
     * @param tonnes the tonnes CO2e left out, or null
     */
    public void fileLeftOut(String file, String code, String message, @Nullable BigDecimal tonnes) {
        entries.add(new ReportEntry(file, null, null, code, message, tonnes));
    }

    /**
     * Returns the report.
     *
     * @return the report of the entries so far
     */
    public ImportReport report() {
        return new ImportReport(entries);
    }
}
