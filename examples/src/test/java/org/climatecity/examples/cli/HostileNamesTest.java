package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/**
 * Names that are long or full of control characters, and identifiers that are no file names, through the commands
 * that draw charts and derive file names from data.
 */
class HostileNamesTest {

    @TempDir
    Path dir;

    /** A name of a given length, of letters and spaces, so that the chart library has words to break lines at. */
    private static String longName(String start, int length) {
        StringBuilder name = new StringBuilder(start);
        while (name.length() < length) {
            name.append(" word");
        }
        return name.substring(0, length);
    }

    private Path document(String... replacements) throws IOException {
        Path file = CliProcess.embeddedDocument(dir.resolve("document.json"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).as("fragment to replace").contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(ints = {16 * 1024, 1024 * 1024})
    void longNamesAreShortenedInTheChartsAndKeptInTheTables(int length) throws IOException {
        String city = longName("Borlänge", length);
        String target = longName("Klimatneutrala Borlänge 2030", length);
        String pilot = longName("Household climate coaching", length);
        String indicator = longName("new cars that are electric chargeable, Borlänge", length);
        Path file = document("\"name\": \"Borlänge\",", "\"name\": \"" + city + "\",",
                "\"name\": \"Klimatneutrala Borlänge 2030\"", "\"name\": \"" + target + "\"",
                "\"name\": \"Household climate coaching\"", "\"name\": \"" + pilot + "\"",
                "\"name\": \"new cars that are electric chargeable, Borlänge\"", "\"name\": \"" + indicator + "\"");

        Path report = dir.resolve("report");
        CliRun run = CliRun.of("report", file.toString(), "--out", report.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertShortenedInCharts(report, city.substring(0, 60));
        assertThat(svgs(report).stream().map(HostileNamesTest::read)).noneMatch(svg -> svg.contains(city.substring(0,
                200)));
        assertThat(Files.readString(report.resolve("report.html"))).contains(city);

        Path followUp = dir.resolve("follow-up");
        run = CliRun.of("follow-up", file.toString(), "--year", "2025", "--out", followUp.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertShortenedInCharts(followUp, target.substring(0, 60));
        assertShortenedInCharts(followUp, indicator.substring(0, 60));

        Path scale = dir.resolve("scale");
        run = CliRun.of("scale", file.toString(), "--out", scale.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertShortenedInCharts(scale, pilot.substring(0, 60));
    }

    private static void assertShortenedInCharts(Path folder, String start) throws IOException {
        List<String> charts = svgs(folder).stream().map(HostileNamesTest::read).filter(svg -> svg.contains(start))
                .toList();
        assertThat(charts).as("charts with '%s…'", start).isNotEmpty();
        for (String svg : charts) {
            // the start of the name, its next characters cut off by an ellipsis (a title may break into lines)
            assertThat(svg.contains("…")).as("an ellipsis in the chart").isTrue();
            assertThat(svg.length()).as("the chart's length").isLessThan(200_000);
        }
    }

    @Test
    void controlCharactersNeverReachTheFilesRaw() throws Exception {
        // JSON escapes in the file: NUL, ESC, BEL, a C1 control and U+FFFF (the reader refuses lone surrogates)
        String hostile = " \\u0000\\u001b[2J\\u0007\\u0085\\uffff";
        Path file = document("\"name\": \"Borlänge\",", "\"name\": \"Borlänge" + hostile + "\",",
                "\"name\": \"Klimatneutrala Borlänge 2030\"", "\"name\": \"Klimatneutrala Borlänge 2030" + hostile
                        + "\"",
                "\"name\": \"Household climate coaching\"", "\"name\": \"Household climate coaching" + hostile + "\"",
                "\"name\": \"new cars that are electric chargeable, Borlänge\"",
                "\"name\": \"new cars that are electric chargeable, Borlänge" + hostile + "\"");
        Path report = dir.resolve("report");
        CliRun run = CliRun.of("report", file.toString(), "--out", report.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path followUp = dir.resolve("follow-up");
        assertThat(CliRun.of("follow-up", file.toString(), "--year", "2025", "--out", followUp.toString()).exit())
                .isZero();
        Path scale = dir.resolve("scale");
        assertThat(CliRun.of("scale", file.toString(), "--out", scale.toString()).exit()).isZero();
        for (Path folder : List.of(report, followUp, scale)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path written : files.toList()) {
                    String text = StandardCharsets.UTF_8.newDecoder()
                            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(written))).toString();
                    assertThat(text).as(written.toString()).doesNotContain("\u0000", "\u001b", "\u0007", "\u0085",
                            "\uffff");
                }
            }
            for (Path svg : svgs(folder)) {
                // the JDK's parser rejects what is not well-formed XML 1.0, such as a NUL
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(read(svg))));
            }
        }
        assertThat(read(report.resolve("report.md"))).contains("Borlänge \uFFFD\uFFFD\\[2J\uFFFD\uFFFD\uFFFD");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(read(report.resolve("report.html")));
        assertThat(page.text()).contains("Borlänge \uFFFD\uFFFD[2J\uFFFD\uFFFD\uFFFD");
    }

    @Test
    void placesWhoseFirstIdentifierIsNoFileNameGetPortableChartNamesThatMarkdownLinks() throws IOException {
        Path file = dir.resolve("european.json");
        try (var in = getClass().getResourceAsStream("/org/climatecity/examples/european-mission-cities.json")) {
            Files.copy(in, file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"lau:FI:091\"");
        // a slash, a dot-dot, a space and a colon in Helsinki's first identifier
        Files.writeString(file, text.replace("\"lau:FI:091\"", "\"x-local:a/../b c:091\""), StandardCharsets.UTF_8);
        Path report = dir.resolve("report");
        CliRun run = CliRun.of("report", file.toString(), "--out", report.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<Path> svgs = svgs(report);
        assertThat(svgs).isNotEmpty();
        for (Path svg : svgs) {
            assertThat(svg.getFileName().toString()).matches("[a-z0-9-]{1,120}\\.svg");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("european.json",
                    "report");
        }
        assertImagesResolve(report, "report.md");
    }

    @Test
    void scalingCsvNeutralisesAStageNameThatASpreadsheetWouldRun() throws IOException {
        Path file = document("\"name\": \"Borlänge and Avesta\"", "\"name\": \"=SUM(A1:A9)\"");
        Path out = dir.resolve("scale");
        CliRun run = CliRun.of("scale", file.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path csv = out.resolve("scaling.csv");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).anySatisfy(line -> assertThat(line)
                .startsWith("\"'=SUM(A1:A9)\",2030,"));
        assertThat(org.climatecity.interop.internal.CsvTable.read(csv, "scaling.csv").rows())
                .anySatisfy(row -> assertThat(row.get("stage")).isEqualTo("=SUM(A1:A9)"));
    }

    @Test
    void inventoryFiguresWhoseSumOverflowsAreOneProblemOfTheDocumentInEveryCommand() throws IOException {
        Path file = CliProcess.embeddedDocument(dir.resolve("document.json"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // the first two figures of the first inventory: each finite, their sum not
        int inventories = text.indexOf("\"inventories\": [");
        assertThat(inventories).isPositive();
        java.util.regex.Matcher figure = java.util.regex.Pattern.compile("\"tonnesCo2e\": [0-9.]+").matcher(text);
        figure.region(inventories, text.length());
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < 2 && figure.find(); i++) {
            figure.appendReplacement(changed, "\"tonnesCo2e\": 1.7e308");
        }
        figure.appendTail(changed);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        String document = file.toString();
        for (List<String> args : List.of(List.of("validate", document),
                List.of("report", document, "--out", dir.resolve("report").toString()),
                List.of("follow-up", document, "--year", "2025", "--out", dir.resolve("follow-up").toString()),
                List.of("scale", document))) {
            String command = args.get(0);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(
                    org.climatecity.examples.ExitCodes.INVALID);
            // validate prints the problems on standard output, the other commands on standard error
            assertThat(run.out() + run.err()).as(command)
                    .containsOnlyOnce("must add up to a finite number of tonnes")
                    .containsPattern("/inventories/\\d+/entries/\\d+/tonnesCo2e: the emissions")
                    .doesNotContain("--year", "Infinity", "NaN");
        }
        assertThat(dir.resolve("report")).doesNotExist();
        assertThat(dir.resolve("follow-up")).doesNotExist();
    }

    static void assertImagesResolve(Path folder, String markdownFile) throws IOException {
        List<String> sources = new java.util.ArrayList<>();
        Parser.builder().build().parse(read(folder.resolve(markdownFile))).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                sources.add(image.getDestination());
            }
        });
        assertThat(sources).isNotEmpty();
        for (String source : sources) {
            assertThat(source).matches("[a-z0-9-]+\\.svg");
            assertThat(folder.resolve(source)).isRegularFile();
        }
    }

    private static List<Path> svgs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
