package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Single shots in pairs: a figure wider than the runner's margin gets more pairs, as a JMH figure gets more forks. */
class SingleShotsTest {

    @Test
    void aSteadyFigureIsMeasuredInOneRound() {
        AtomicInteger calls = new AtomicInteger();

        FigureRow row = SingleShots.pairs(Figures.SCALE_TRENDS, sleeping(calls, n -> 20), sleeping(new AtomicInteger(),
                n -> 20), 4, 1);

        assertThat(calls).hasValue(4);
        assertThat(row.withinMargin(BenchmarkRunner.MARGIN)).isTrue();
    }

    @Test
    void aNoisyFirstRoundGetsRoundsOfPairsJoinedUntilItsMarginIsWithinTheRule() {
        AtomicInteger calls = new AtomicInteger();
        // the first four shots take 5, 50, 5 and 50 ms against 20 ms: ratios of 0.25 and 2.5; every later one 20 ms
        Supplier<Object> library = sleeping(calls, n -> n < 4 ? (n % 2 == 0 ? 5 : 50) : 20);

        FigureRow row = SingleShots.pairs(Figures.SCALE_TRENDS, library, sleeping(new AtomicInteger(), n -> 20), 4, 1);

        // after two rounds the four extremes still widen the margin past ±10 %; after three they are a third
        assertThat(calls).hasValue(12);
        assertThat(row.withinMargin(BenchmarkRunner.MARGIN)).isTrue();
        assertThat(row.ratio()).isBetween(0.9, 1.1);
    }

    @Test
    void noisyShotsStopAfterTheRunnersRoundsAndKeepTheirMargin() {
        AtomicInteger calls = new AtomicInteger();

        FigureRow row = SingleShots.pairs(Figures.SCALE_TRENDS, sleeping(calls, n -> n % 2 == 0 ? 5 : 50),
                sleeping(new AtomicInteger(), n -> 20), 2, 1);

        assertThat(calls).hasValue(2 * (1 + BenchmarkRunner.REPEATS));
        assertThat(row.withinMargin(BenchmarkRunner.MARGIN)).isFalse();
    }

    @Test
    void refusesNoPairs() {
        assertThatThrownBy(() -> SingleShots.pairs(Figures.SCALE_TRENDS, () -> 1, () -> 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    /** An operation that sleeps the given milliseconds for its n-th call (counting from 0). */
    private static Supplier<Object> sleeping(AtomicInteger calls, IntUnaryOperator millis) {
        return () -> {
            try {
                Thread.sleep(millis.applyAsInt(calls.getAndIncrement()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return calls;
        };
    }
}
