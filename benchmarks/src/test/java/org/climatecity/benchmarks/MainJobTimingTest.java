package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainJobTimingTest {

    @Test
    void medianOfOddCountIsTheMiddleValue() {
        assertThat(MainJobTiming.median(new double[] {5, 1, 3})).isEqualTo(3);
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(MainJobTiming.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void halfSpreadIsHalfOfMaximumMinusMinimum() {
        assertThat(MainJobTiming.halfSpread(new double[] {4, 1, 3})).isEqualTo(1.5);
    }

    @Test
    void runsTheExamplesJarOrElseTheExamplesMainClass() {
        List<String> command = MainJobTiming.mainJobCommand("java");
        assertThat(command.get(0)).isEqualTo("java");
        if (MainJobTiming.examplesJar().isPresent()) {
            assertThat(command).containsExactly("java", "-jar", MainJobTiming.examplesJar().get().toString());
        } else {
            assertThat(command).endsWith(MainJobTiming.EXAMPLES_MAIN);
        }
    }
}
