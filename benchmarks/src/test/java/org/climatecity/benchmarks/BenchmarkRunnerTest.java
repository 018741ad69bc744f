package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkRunnerTest {

    @Test
    void parsesQuickMarkdownProfilersAndFilter() {
        BenchmarkRunner.Settings settings = BenchmarkRunner.Settings.parse("--quick", "--markdown", "--prof", "gc",
                "--only", "Read");
        assertThat(settings.quick()).isTrue();
        assertThat(settings.markdown()).isTrue();
        assertThat(settings.profilers()).isEqualTo(List.of("gc"));
        assertThat(settings.only()).isEqualTo("Read");
        assertThat(settings.include()).isEqualTo("Read");
    }

    @Test
    void runsTheImportFiguresInAFullRunOrWhenOnlyNamesThem() {
        assertThat(BenchmarkRunner.Settings.parse().importFigures()).isTrue();
        assertThat(BenchmarkRunner.Settings.parse("--quick").importFigures()).isFalse();
        assertThat(BenchmarkRunner.Settings.parse("--only", "Import").importFigures()).isTrue();
        assertThat(BenchmarkRunner.Settings.parse("--only", "Read").importFigures()).isFalse();
    }

    @Test
    void defaultsToTheFullRunOfEveryBenchmarkWithAllocation() {
        BenchmarkRunner.Settings settings = BenchmarkRunner.Settings.parse();
        assertThat(settings.quick()).isFalse();
        assertThat(settings.only()).isEmpty();
        assertThat("org.climatecity.benchmarks.PairedBenchmark.pair").containsPattern(settings.include());
        assertThat("org.climatecity.benchmarks.ScalingDrawsBenchmark.library").containsPattern(settings.include());
        assertThat("org.climatecity.benchmarks.TrendBenchmark.handLoop").containsPattern(settings.include());
        // each side alone is for --only: the pairs measure the figures
        assertThat("org.climatecity.benchmarks.WriteBenchmark.library").doesNotContainPattern(settings.include());
        assertThat("org.climatecity.benchmarks.ReadBenchmark.tokenWalk").doesNotContainPattern(settings.include());
        assertThat(settings.profilersWithAllocation()).containsExactly("gc");
    }

    @Test
    void quickRunMeasuresOnlyWhatSettlesQuickly() {
        String include = BenchmarkRunner.Settings.parse("--quick").include();
        assertThat("org.climatecity.benchmarks.TrendBenchmark.handLoop").containsPattern(include);
        assertThat("org.climatecity.benchmarks.ScalingBenchmark.library").doesNotContainPattern(include);
        assertThat("org.climatecity.benchmarks.ScalingDrawsBenchmark.library").doesNotContainPattern(include);
        assertThat("org.climatecity.benchmarks.ReadBenchmark.library").doesNotContainPattern(include);
        assertThat("org.climatecity.benchmarks.WriteBenchmark.library").doesNotContainPattern(include);
        assertThat("org.climatecity.benchmarks.PairedBenchmark.pair").doesNotContainPattern(include);
    }

    @Test
    void keepsAGcProfilerGivenWithOptions() {
        assertThat(BenchmarkRunner.Settings.parse("--prof", "gc:churn=true").profilersWithAllocation())
                .containsExactly("gc:churn=true");
    }

    @Test
    void forksHaveAFixedHeapAndCollector() {
        assertThat(BenchmarkRunner.forkJvmArgs("/tmp/x.json")).contains("-Xms2g", "-Xmx2g", "-XX:+UseG1GC",
                "-XX:+AlwaysPreTouch", "-Dclimatecity.benchmarks.nationalJson=/tmp/x.json");
    }

    @Test
    void rejectsUnknownOption() {
        assertThatThrownBy(() -> BenchmarkRunner.Settings.parse("--fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--fast'");
    }

    @Test
    void rejectsOptionWithoutValue() {
        assertThatThrownBy(() -> BenchmarkRunner.Settings.parse("--prof"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option --prof needs a value");
    }

    @Test
    void usageNamesEveryOption() {
        assertThat(BenchmarkRunner.usage()).contains("--quick", "--markdown", "--prof", "--only");
    }

    @Test
    void aNoisyFigureIsRunAgainByExactlyItsOwnBenchmarks() {
        BenchmarkRunner.Rerun paired = BenchmarkRunner.rerun(Figures.READ_VALIDATE).orElseThrow();
        assertThat(paired.pair()).isEqualTo("VALIDATE_WALK");
        assertThat("org.climatecity.benchmarks.PairedBenchmark.pair").matches(paired.include());
        assertThat("org.climatecity.benchmarks.PairedBenchmarkXpair").doesNotMatch(paired.include());

        BenchmarkRunner.Rerun timed = BenchmarkRunner.rerun(Figures.SCALING).orElseThrow();
        assertThat(timed.pair()).isNull();
        assertThat("org.climatecity.benchmarks.ScalingBenchmark.library").matches(timed.include());
        assertThat("org.climatecity.benchmarks.ScalingBenchmark.primitiveLoop").matches(timed.include());
        assertThat("org.climatecity.benchmarks.ScalingBenchmark.primitiveFloor").doesNotMatch(timed.include());

        assertThat(BenchmarkRunner.rerun(Figures.MAIN_JOB)).as("measured by processes, not JMH").isEmpty();
    }
}
