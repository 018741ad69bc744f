package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.climatecity.examples.ExitCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The main job, run in-process as {@code climate-city --out DIR} on the embedded document. */
class ClimateCityCommandTest {

    @TempDir
    static Path dir;

    private static CliRun run;

    @BeforeAll
    static void runTheMainJob() {
        run = CliRun.of("--out", dir.toString());
    }

    @Test
    void hasTheSubcommandsInTheOrderHelpListsThem() {
        PrintWriter out = new PrintWriter(new StringWriter());
        assertThat(ClimateCityCommand.commandLine(out, out).getSubcommands().keySet()).containsExactly("validate",
                "convert", "schema", "report", "scale", "trend", "import", "export", "follow-up", "scenarios", "diff");
    }

    @Test
    void buildsOnlyTheSubcommandTheArgumentsStartWith() {
        PrintWriter out = new PrintWriter(new StringWriter());
        assertThat(ClimateCityCommand.commandLine(out, out, "validate", "x.json").getSubcommands())
                .containsOnlyKeys("validate");
        assertThat(ClimateCityCommand.commandLine(out, out, "follow-up").getSubcommands())
                .containsOnlyKeys("follow-up");
        // help, the main job and a mistyped command (whose message suggests the known ones) get all of them
        assertThat(ClimateCityCommand.commandLine(out, out).getSubcommands()).hasSize(11);
        assertThat(ClimateCityCommand.commandLine(out, out, "--help").getSubcommands()).hasSize(11);
        assertThat(ClimateCityCommand.commandLine(out, out, "valdate", "x.json").getSubcommands()).hasSize(11);
        assertThat(ClimateCityCommand.commandLine(out, out, "--out", "validate").getSubcommands()).hasSize(11);
    }

    @Test
    void suggestsTheKnownCommandsForAMistypedOne() {
        CliRun mistyped = CliRun.of("valdate", "x.json");
        assertThat(mistyped.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(mistyped.err()).contains("Did you mean: climate-city validate");
    }

    @Test
    void everyCommandThatReadsADocumentTakesTheDocumentSizeLimit() {
        PrintWriter out = new PrintWriter(new StringWriter());
        ClimateCityCommand.commandLine(out, out).getSubcommands().forEach((name, command) -> assertThat(
                command.getCommandSpec().findOption("--max-document-size")).as(name)
                .matches(option -> (option != null) != (name.equals("schema") || name.equals("import"))));
    }

    @Test
    void succeedsAndShowsProgressForEachStep() {
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("[1/5] Reading and validating borlange-avesta-dalarna.json (embedded) ... done")
                .contains("[3/5] Scaling pilot 'Household climate coaching' over 4 stages")
                .contains("[5/5] Writing the report to " + dir);
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void summaryShowsMembersBeforeAndAfterTheExpansion() {
        assertThat(run.out())
                .containsPattern("Viable Cities member cities +\\| 23 +\\| 48 \\(23 named in the sources\\)")
                .containsPattern("Klimatneutrala Borlänge scope +\\| local: Borlänge \\(2081\\) +\\| regional:"
                        + " Dalarnas län \\(20\\)");
    }

    @Test
    void summaryShowsTheTwinPairingAndThePartnersRoles() {
        assertThat(run.out()).contains("Borlänge + Avesta (since 2024-12-01, joint target: Borlänge and Avesta"
                + " climate neutral 2030)");
        assertThat(run.out()).containsPattern("Region Dalarna +\\| regional authority +\\| supporting +\\| active"
                + " party, coordinator")
                .containsPattern("Länsstyrelsen Dalarna +\\| county administrative board +\\| supporting +\\| active"
                        + " party, coordinator");
    }

    @Test
    void summaryShowsEachCitysTrendAgainstItsTargetWithTheGap() {
        assertThat(run.out()).containsPattern("Borlänge \\(2081\\) +\\| 423,796 \\(2024\\) +\\| -9,829 +\\| 2067")
                .containsPattern("Avesta \\(2084\\) +\\| 225,356 \\(2024\\)")
                .contains("Borlänge + Avesta (2081+2084)");
    }

    @Test
    void summaryShowsTheScalingPerStageFor2030And2035And2045() {
        assertThat(run.out()).contains("2030 low / central / high", "2035 low / central / high",
                "2045 low / central / high")
                .containsPattern("Dalarna +\\| 15: Vansbro, Malung-Sälen, Gagnef, \\.\\.\\. +\\| 13 ")
                .containsPattern("Sweden +\\| 290: ")
                .containsPattern("Europe +\\| 27: Austria, Belgium, Bulgaria, \\.\\.\\. +\\| 27"
                        + " \\(436,766,546 residents\\)")
                .contains("Note: The effect of the pilot 'Household climate coaching' is illustrative");
    }

    @Test
    void writesTheHtmlPageTheMarkdownAndSevenCharts() throws IOException {
        assertThat(dir.resolve("report.html")).isRegularFile();
        assertThat(dir.resolve("report.md")).isRegularFile();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")))
                    .containsExactlyInAnyOrder("emissions-2081.svg", "gap-2081.svg", "emissions-2084.svg",
                            "gap-2084.svg", "emissions-2081-2084-349173c98edd.svg", "gap-2081-2084-349173c98edd.svg", "scaling.svg");
        }
    }

    @Test
    void markdownHasTheTablesAndLinksTheChartsBesideIt() throws IOException {
        String markdown = Files.readString(dir.resolve("report.md"));
        assertThat(markdown).contains("| Borlänge (2081) | 423,796 (2024) |")
                .contains("| Dalarna | 15: Vansbro, Malung-Sälen, Gagnef, ... | 13 (212,765 residents) |")
                .contains("](emissions-2081.svg)", "](gap-2084.svg)", "](scaling.svg)");
    }

    @Test
    void htmlPageParsesAndHoldsTheSameFiguresAndAllChartsInline() throws IOException {
        Document page = Jsoup.parse(dir.resolve("report.html").toFile());
        assertThat(page.title()).isEqualTo("Klimatneutrala Borlänge: Viable Cities report");
        assertThat(page.select("figure > svg")).hasSize(7);
        assertThat(page.select("td").eachText()).contains("423,796 (2024)", "Dalarna",
                "15: Vansbro, Malung-Sälen, Gagnef, ...");
        assertThat(page.select("p.note").text()).contains("illustrative");
    }

    @Test
    void htmlPageReferencesNoExternalResource() throws IOException {
        String html = Files.readString(dir.resolve("report.html"));
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, link, img, iframe, object, embed, audio, video, source")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (String attribute : new String[] {"src", "href", "xlink:href", "srcset", "poster", "data"}) {
                if (element.hasAttr(attribute)) {
                    assertThat(element.attr(attribute)).as(element.tagName() + " " + attribute).startsWith("#");
                }
            }
        }
        assertThat(html).doesNotContain("@import").doesNotContainPattern("url\\(\\s*['\"]?(?!#)");
    }

    @Test
    void withoutArgumentsWritesToTheDefaultFolder() {
        CliRun plain = CliRun.of();
        assertThat(plain.exit()).isZero();
        assertThat(Path.of("target/climate-city-report/report.html")).isRegularFile();
        assertThat(plain.out()).contains("target/climate-city-report/report.html");
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        CliRun bad = CliRun.of("--outt", "x");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("Unknown options: '--outt', 'x'",
                "Possible solutions: --out").contains("Try 'climate-city --help'");
        assertThat(bad.hasNoStackTrace()).isTrue();
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun bad = CliRun.of("valdate", "x.json");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("valdate");
    }

    @Test
    void helpListsEveryCommand() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: climate-city", "validate", "convert", "schema", "report", "scale",
                "trend", "--out");
        for (String command : new String[] {"validate", "convert", "schema", "report", "scale", "trend"}) {
            CliRun sub = CliRun.of(command, "--help");
            assertThat(sub.exit()).as(command).isZero();
            assertThat(sub.out()).as(command).contains("Usage: climate-city " + command);
        }
    }

    @ParameterizedTest
    @MethodSource("unexpected")
    void anythingUnexpectedPrintsOneLineAndExitsSeventy(Throwable thrown, String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ClimateCityCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        cli.addSubcommand(new Failing(thrown));
        // picocli gives the streams to the subcommands there are when they are set
        cli.setOut(cli.getOut()).setErr(cli.getErr());
        int exit = ClimateCityCommand.execute(cli, "fail");
        assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).isEqualTo(line + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    static Stream<Arguments> unexpected() {
        return Stream.of(
                Arguments.of(new OutOfMemoryError("Java heap space"),
                        "climate-city fail: internal error: java.lang.OutOfMemoryError: Java heap space"),
                Arguments.of(new StackOverflowError(),
                        "climate-city fail: internal error: java.lang.StackOverflowError"),
                Arguments.of(new IllegalStateException("oops"),
                        "climate-city fail: internal error: java.lang.IllegalStateException: oops"));
    }

    @Test
    void errorWhileParsingPrintsOneLineAndExitsSeventy() {
        StringWriter err = new StringWriter();
        CommandLine cli = ClimateCityCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        cli.addSubcommand(new Failing(null));
        cli.setOut(cli.getOut()).setErr(cli.getErr());
        int exit = ClimateCityCommand.execute(cli, "fail", "--count", "7");
        assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).isEqualTo("climate-city: internal error: java.lang.StackOverflowError: in the"
                + " converter" + System.lineSeparator());
    }

    /** A command that throws what it is given, with an option whose converter overflows the stack. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {

        private final Throwable thrown;

        @Option(names = "--count", converter = Overflowing.class)
        private Integer count;

        Failing(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (Exception) thrown;
        }
    }

    /** A converter that fails as deep recursion would. */
    static final class Overflowing implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            throw new StackOverflowError("in the converter");
        }
    }

    @Test
    void outputThatCannotBeWrittenPrintsOneLineAndExitsTwo() {
        StringWriter err = new StringWriter();
        int exit = ClimateCityCommand.run(new StandardOutput(new StandardOutputTest.Full()), new PrintWriter(err),
                "schema");
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("climate-city: cannot write to standard output: No space left on device 1"
                + System.lineSeparator());
    }

    @Test
    void outputThatCannotBeWrittenKeepsAHigherExitCode() throws IOException {
        Path invalid = CliRun.write(dir.resolve("invalid.json"),
                org.climatecity.core.fixture.CanonicalScenario.invalidVariant());
        StringWriter err = new StringWriter();
        PrintWriter failing = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        assertThat(ClimateCityCommand.run(failing, new PrintWriter(err), "validate", invalid.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).endsWith("climate-city: cannot write to standard output" + System.lineSeparator());
    }

    @Test
    void printsItsVersion() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("climate-city ");
        for (String command : new String[] {"validate", "convert", "schema", "report", "scale", "trend"}) {
            CliRun sub = CliRun.of(command, "--version");
            assertThat(sub.exit()).as(command).isZero();
            assertThat(sub.out()).as(command).isEqualTo(version.out());
        }
    }
}
