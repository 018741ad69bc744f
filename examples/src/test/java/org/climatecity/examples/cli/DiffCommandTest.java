package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.examples.ExitCodes;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffCommandTest {

    private static final ProgrammeDocument CANONICAL = CanonicalScenario.document();

    @TempDir
    Path dir;

    @Test
    void exitsZeroAndPrintsNothingForEqualDocuments() throws IOException {
        Path file = CliRun.write(dir.resolve("a.json"), CANONICAL);
        CliRun run = CliRun.of("diff", file.toString(), file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsOneLinePerChangeWithItsPointerAndValuesAndExitsOne() throws IOException {
        CliRun run = CliRun.of("diff", older().toString(), newer().toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        String year = CANONICAL.firstProgramme().climateNeutralityYear() + "";
        assertThat(run.out()).contains("changed /programmes/0/climateNeutralityYear (" + CANONICAL.firstProgramme()
                .name() + "): " + year + " -> 2045\n")
                .contains("removed /initiatives/0/commitments/0 (")
                .contains("changed /initiatives/0/targets/0/baseline/tonnesCo2e (")
                .endsWith("3 changes: 1 removed, 2 changed\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void keepsOnlyTheChangesOfTheNamedParts() throws IOException {
        CliRun run = CliRun.of("diff", "--only", "targets", older().toString(), newer().toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("/targets/0").doesNotContain("climateNeutralityYear", "commitments");
    }

    @Test
    void keepsTheChangesOfAddedAndRemovedObjectsThatHoldTheNamedPartsAndExitsOneForThem() throws IOException {
        // both without the programme's support, which names a funding source of the initiative
        ProgrammeDocument with = DocumentEdits.programme(CANONICAL, p -> p.support.clear());
        ProgrammeDocument without = new ProgrammeDocument(with.actors(), with.programmes(), java.util.List.of(),
                with.inventories());
        Path withFile = CliRun.write(dir.resolve("with.json"), with);
        Path withoutFile = CliRun.write(dir.resolve("without.json"), without);
        for (String[] pair : new String[][] {{withoutFile.toString(), withFile.toString()},
                {withFile.toString(), withoutFile.toString()}}) {
            CliRun targets = CliRun.of("diff", "--only", "targets", pair[0], pair[1]);
            assertThat(targets.err()).isEmpty();
            assertThat(targets.exit()).isEqualTo(ExitCodes.INVALID);
            assertThat(targets.out()).contains(" /initiatives/0 (" + CANONICAL.initiatives().get(0).name() + ")")
                    .endsWith("1 change: 1 " + (pair[0].equals(withoutFile.toString()) ? "added" : "removed") + "\n");
            CliRun inventories = CliRun.of("diff", "--only", "inventories", pair[0], pair[1]);
            assertThat(inventories.exit()).isZero();
            assertThat(inventories.out()).isEmpty();
        }
    }

    @Test
    void printsAReorderedElementWithItsPlaces() throws IOException {
        ProgrammeDocument moved = DocumentEdits.actors(CANONICAL, actors -> actors.add(actors.remove(0)));
        Path file = CliRun.write(dir.resolve("moved.json"), moved);
        CliRun run = CliRun.of("diff", older().toString(), file.toString());
        int n = CANONICAL.actors().size();
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo("reordered /actors/0 -> /actors/" + (n - 1) + " ("
                + CANONICAL.actors().get(0).name() + "): place 1 -> " + n + "\n1 change: 1 reordered\n");
    }

    @Test
    void rejectsAnUnknownPartAsAUsageError() throws IOException {
        CliRun run = CliRun.of("diff", "--only", "targetz", older().toString(), newer().toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'targetz' is not a part of the model").contains("targets");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void printsTheChangesAsJsonWithTheWrittenValues() throws IOException {
        CliRun run = CliRun.of("diff", "--format", "json", older().toString(), newer().toString());
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("equal").asBoolean()).isFalse();
        JsonNode changed = json.get("changes").get(0);
        assertThat(changed.get("kind").asString()).isEqualTo("changed");
        assertThat(changed.get("oldPointer").asString()).isEqualTo("/programmes/0/climateNeutralityYear");
        assertThat(changed.get("newValue").asInt()).isEqualTo(2045);
        assertThat(json.get("changes").get(1).get("oldValue").get("stakeholder").asString())
                .isEqualTo(CANONICAL.initiatives().get(0).commitments().get(0).stakeholder().toString());
        assertThat(json.get("changes").get(2).get("newValue").asDouble()).isEqualTo(123_456.5);
    }

    @Test
    void printsMarkdownGroupedByPartyAndPartThatRenders() throws IOException {
        CliRun run = CliRun.of("diff", "--format", "markdown", older().toString(), newer().toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        Node node = Parser.builder().build().parse(run.out());
        String html = HtmlRenderer.builder().escapeHtml(true).build().render(node);
        assertThat(html).contains("<h1>Changes from ").contains("<h2>").contains("<h3>Targets</h3>").contains("to 123456.5.</li>")
                .contains("<h3>Programmes</h3>")
                .contains("climate neutrality year changed from " + CANONICAL.firstProgramme()
                        .climateNeutralityYear() + " to 2045.</li>");
        // a section per party, in it one per part
        var structure = DiffReadmeExampleTest.structure(run.out());
        String office = CANONICAL.actor(CANONICAL.firstProgramme().office()).orElseThrow().name();
        assertThat(structure.get(office)).containsOnlyKeys("Programmes");
        String owners = CANONICAL.initiatives().get(0).targets().get(0).owners().stream()
                .map(id -> CANONICAL.actor(id).orElseThrow().name()).collect(java.util.stream.Collectors.joining(", "));
        assertThat(structure.get(owners).get("Targets")).singleElement().asString().endsWith(" to 123456.5.");
        assertThat(structure.values()).anySatisfy(parts -> assertThat(parts).containsKey("Commitments"));
    }

    @Test
    void reportsAnInvalidDocumentAsValidateDoesAndComparesItOnlyWithForce() throws IOException {
        Path valid = CliRun.write(dir.resolve("valid.json"), CANONICAL);
        Path invalid = CliRun.write(dir.resolve("invalid.json"), CanonicalScenario.invalidVariant());
        CliRun run = CliRun.of("diff", valid.toString(), invalid.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).anySatisfy(l -> assertThat(l).startsWith(invalid + ":"))
                .anySatisfy(l -> assertThat(l).matches(".*invalid, \\d+ problems"));
        CliRun forced = CliRun.of("diff", "--force", valid.toString(), invalid.toString());
        assertThat(forced.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(forced.out()).contains("changes:");
    }

    @Test
    void exitsTwoForADocumentThatCannotBeRead() throws IOException {
        Path valid = CliRun.write(dir.resolve("valid.json"), CANONICAL);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"actors\": [", StandardCharsets.UTF_8);
        assertThat(CliRun.of("diff", valid.toString(), broken.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("diff", "--force", valid.toString(), broken.toString()).exit())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("diff", valid.toString(), dir.resolve("missing.json").toString()).exit())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("diff", valid.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void printsHowTheNewerDocumentRevisedTheInventoriesOfTheOlder() throws IOException {
        ProgrammeDocument revised = DocumentEdits.inventories(CANONICAL, list -> list.replaceAll(
                i -> new org.climatecity.core.emissions.EmissionsInventory(i.owner(), i.year(), i.boundary(),
                        i.gasBasis(), i.provenance(), i.reportedTotal() == null ? null : i.reportedTotal() * 1.1,
                        i.entries().stream().map(e -> e.tonnesCo2e() == null ? e
                                : org.climatecity.core.emissions.InventoryEntry.of(e.sector(), e.scope(),
                                        e.tonnesCo2e() * 1.1)).toList())));
        Path newer = CliRun.write(dir.resolve("revised.json"), revised);
        CliRun run = CliRun.of("diff", "--vintages", older().toString(), newer.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(" revised ").contains("by +10.0 % on average").contains(" t -> ");
        assertThat(CliRun.of("diff", "--vintages", older().toString(), older().toString()).exit()).isZero();
    }

    private Path older() throws IOException {
        return CliRun.write(dir.resolve("older.json"), CANONICAL);
    }

    private Path newer() throws IOException {
        ProgrammeDocument edited = DocumentEdits.programme(CANONICAL, p -> p.climateNeutralityYear = 2045);
        edited = DocumentEdits.initiative(edited, i -> {
            i.commitments.remove(0);
            i.targets.set(0, i.targets.get(0).withBaselineValue(123_456.5));
        });
        return CliRun.write(dir.resolve("newer.json"), edited);
    }

}
