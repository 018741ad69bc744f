package org.climatecity.examples;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shows the steps of a long job on the console: {@code [2/5] Computing trends ... done in N ms}. A step that
 * throws ends with {@code failed}, and one that reads a document with problems with {@code invalid in N ms}.
 */
final class Progress {

    private final PrintWriter err;
    private final int steps;
    private int step;

    Progress(PrintWriter err, int steps) {
        this.err = err;
        this.steps = steps;
    }

    /** Runs a step, printing its name before and its duration after. */
    <T> T step(String name, Supplier<T> work) {
        step++;
        err.print("[" + step + "/" + steps + "] " + name + " ... ");
        err.flush();
        long start = System.nanoTime();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            err.println("failed");
            err.flush();
            throw e;
        }
        // a document read with problems is a failed step, though no exception says so
        boolean invalid = result instanceof DocumentFiles.Loaded loaded && !loaded.valid();
        err.println(String.format(Locale.ROOT, "%s in %d ms", invalid ? "invalid" : "done",
                (System.nanoTime() - start) / 1_000_000));
        err.flush();
        return result;
    }
}
