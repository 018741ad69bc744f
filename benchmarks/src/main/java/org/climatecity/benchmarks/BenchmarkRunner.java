package org.climatecity.benchmarks;

/**
 * Runs the benchmarks.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.out.println("no benchmarks yet");
    }
}
