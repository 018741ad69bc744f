package org.climatecity.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code climate-city.jar}: the {@code climate-city} command line. Without arguments it runs the
 * main example, the Borlänge–Avesta pilot scaled to Dalarna, Sweden and Europe, on the embedded document.
 *
 * @since 0.1.0
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command-line arguments, see {@code climate-city --help}
     */
    public static void main(String[] args) {
        // the charts are drawn off screen; no display is needed or wanted
        System.setProperty("java.awt.headless", "true");
        // not System.out, which would hide from the command that standard output cannot be written
        PrintWriter out = StandardOutput.open();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(ClimateCityCommand.run(out, err, args));
    }
}
