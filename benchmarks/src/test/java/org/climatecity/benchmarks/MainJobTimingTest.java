package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void halfInterquartileRangeIsNotMovedByOneOutlier() {
        assertThat(MainJobTiming.halfInterquartileRange(new double[] {4, 1, 3, 2})).isEqualTo(1.0);
        assertThat(MainJobTiming.halfInterquartileRange(new double[] {100, 1, 3, 2, 4})).isEqualTo(1.0);
        assertThat(MainJobTiming.halfInterquartileRange(new double[] {7})).isZero();
    }

    @Test
    void halfSpreadIsHalfOfMaximumMinusMinimum() {
        assertThat(MainJobTiming.halfSpread(new double[] {4, 1, 3})).isEqualTo(1.5);
    }

    @Test
    void runsTheExamplesJarGivenByTheSystemProperty(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("climate-city.jar"));
        String before = System.getProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY);
        System.setProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY, jar.toString());
        try {
            assertThat(MainJobTiming.mainJobCommand("java")).containsExactly("java", "-jar",
                    jar.toAbsolutePath().toString());
        } finally {
            restore(before);
        }
    }

    @Test
    void trainsAndUsesTheArchiveOfThisJava(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("climate-city.jar"));
        Path archive = dir.resolve("climate-city.archive");
        String before = System.getProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY);
        System.setProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY, jar.toString());
        try {
            assertThat(MainJobTiming.trainingCommand("java", archive)).containsExactly("java",
                    "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toAbsolutePath().toString());
            assertThat(MainJobTiming.archiveOptions(archive)).containsExactly("-XX:SharedArchiveFile=" + archive,
                    "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        } finally {
            restore(before);
        }
    }

    @Test
    void explainsHowToGetAMissingExamplesJar(@TempDir Path dir) {
        String before = System.getProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY);
        System.setProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY, dir.resolve("none.jar").toString());
        try {
            assertThatThrownBy(() -> MainJobTiming.mainJobCommand("java"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the main job needs the examples jar examples/target/climate-city.jar: build it with"
                            + " 'mvn -B -DskipTests package' and run from the project folder, or give its path with"
                            + " -Dclimatecity.examples.jar=PATH");
        } finally {
            restore(before);
        }
    }

    @Test
    void findsTheExamplesJarOfTheBuildBesideThisModule() {
        // benchmarks/target/classes -> the project folder -> examples/target/climate-city.jar, when it is built
        MainJobTiming.examplesJar().ifPresent(jar -> assertThat(jar).endsWith(Path.of("examples", "target",
                "climate-city.jar")));
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY);
        } else {
            System.setProperty(MainJobTiming.EXAMPLES_JAR_PROPERTY, value);
        }
    }
}
