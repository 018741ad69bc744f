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
        assertThat(settings.forks()).isZero();
    }

    @Test
    void defaultsToTheFullRun() {
        BenchmarkRunner.Settings settings = BenchmarkRunner.Settings.parse();
        assertThat(settings.quick()).isFalse();
        assertThat(settings.forks()).isEqualTo(2);
        assertThat(settings.only()).isEmpty();
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
}
