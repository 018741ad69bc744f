package org.climatecity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.interop.citycatalyst.CityCatalystExporter;
import org.climatecity.interop.citycatalyst.CityCatalystImporter;
import org.climatecity.interop.klimatkollen.KlimatkollenImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the code of this module's README true: the same statements, on the samples it names, which exist. */
class ReadmeTest {

    @TempDir
    Path work;

    @Test
    void importsMergesAndExportsTheSamplesTheReadmeNames() throws Exception {
        Path samples = Path.of("src/test/resources/org/climatecity/interop");
        Path out = work.resolve("smp-citycatalyst");
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        // --- README: from here
        ImportResult result = CityCatalystImporter.read(List.of(samples.resolve("citycatalyst/inventory-XX SMP-2022.csv")));
        ImportResult other = KlimatkollenImporter.read(List.of(samples.resolve("klimatkollen/climate-data.json")));
        // or OpenClimateImporter.read(List.of(samples.resolve("openclimate/climate_mayors")))
        ProgrammeDocument document = result.document();
        for (ReportEntry entry : result.report().entries()) {   // file, line or JSON pointer, code, message
            System.err.println(entry);   // inventory-XX SMP-2022.csv:10: renamed-subsector: ...
        }
        ImportResult merged = ImportResult.merge(List.of(result, other));   // one actor per id, inventories side by side
        CityCatalystExporter.write(document, out);   // or OpenClimateExporter.write(document, folder)
        // --- README: to here
        System.setErr(err);
        String test = Files.readString(Path.of("src/test/java/org/climatecity/interop/ReadmeTest.java"));
        String from = "// --- README: from here";
        String snippet = test.substring(test.indexOf(from) + from.length() + 1,
                test.indexOf("        // --- README: to here")).lines().map(line -> line.substring(8))
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(snippet)
                .contains("Path samples = Path.of(\"interop/src/test/resources/org/climatecity/interop\");")
                .contains("Path out = Path.of(\"smp-citycatalyst\");");

        Matcher comment = Pattern.compile("System.err.println\\(entry\\);\\s+// (.*) \\.\\.\\.").matcher(snippet);
        assertThat(comment.find()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).startsWith(comment.group(1)));
        assertThat(Files.list(out).map(path -> path.getFileName().toString()).toList())
                .containsExactly("inventory-XX SMP-2022.csv");
        assertThat(merged.document().inventories()).hasSizeGreaterThan(1);
    }
}
