package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.fixture.GoldenFiles;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diff example of {@code examples/README.md}, run for real: the embedded document against a copy with a
 * milestone changed and one added, an action's effect and an indicator's value changed. The README's text and
 * Markdown blocks are the command's output; {@value GoldenFiles#COMMAND} rewrites them.
 */
@Tag(GoldenFiles.TAG)
class DiffReadmeExampleTest {

    private static final Path README = Path.of("README.md");
    private static final String OLDER = "borlange-avesta-dalarna.json";
    private static final String NEWER = "borlange-avesta-dalarna-2025.json";

    @TempDir
    Path dir;

    @Test
    void theReadmeShowsWhatTheCommandPrints() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode tree;
        try (InputStream in = DiffReadmeExampleTest.class.getResourceAsStream("/org/climatecity/examples/" + OLDER)) {
            tree = (ObjectNode) json.readTree(in);
        }
        Files.writeString(dir.resolve(OLDER), tree.toString(), StandardCharsets.UTF_8);
        ObjectNode initiative = (ObjectNode) tree.get("initiatives").get(0);
        ArrayNode milestones = (ArrayNode) initiative.get("targets").get(0).get("milestones");
        ((ObjectNode) milestones.get(0)).put("reductionShare", 0.55);
        milestones.addObject().put("year", 2029).put("reductionShare", 0.7).putObject("provenance")
                .put("kind", "illustrative").put("note", "an example");
        ((ObjectNode) initiative.get("actionPlans").get(0).get("actions").get(0)).put("expectedAnnualReduction", 1500);
        ObjectNode observation = (ObjectNode) initiative.get("indicators").get(0).get("observations").get(0);
        observation.put("value", 210).put("status", "final");
        Files.writeString(dir.resolve(NEWER), tree.toString(), StandardCharsets.UTF_8);

        String text = run();
        String markdown = run("--format", "markdown");
        assertThat(text).contains("changed /initiatives/0/targets/0/milestones/0/reductionShare")
                .contains("added /initiatives/0/targets/0/milestones/1");
        assertThat(structure(markdown)).containsKeys("Borlänge", "Tunabyggen");
        assertThat(structure(markdown).get("Borlänge")).containsKey("Targets");
        assertThat(structure(markdown).get("Borlänge").get("Targets"))
                .anySatisfy(item -> assertThat(item).contains("milestone added").contains("year 2029")
                        .contains("reduction share 0.7"));

        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String command = "$ java -jar examples/target/climate-city.jar diff " + OLDER + " " + NEWER;
        String updated = replaceBlock(replaceBlock(readme, "```text\n" + command + "\n", text),
                "```markdown\n" + "<!-- " + command + " --format markdown -->\n", markdown);
        GoldenFiles.check(README, updated);
    }

    private String run(String... options) {
        List<String> args = new ArrayList<>(List.of("diff"));
        args.addAll(List.of(options));
        args.addAll(List.of(dir.resolve(OLDER).toString(), dir.resolve(NEWER).toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        return run.out().replace(dir.toString() + java.io.File.separator, "");
    }

    /** Replaces the body of the fenced block that starts with a header, up to its closing fence. */
    private static String replaceBlock(String readme, String header, String body) {
        int start = readme.indexOf(header);
        assertThat(start).as("README block starting %s", header).isNotNegative();
        int end = readme.indexOf("```\n", start + header.length());
        return readme.substring(0, start + header.length()) + body + readme.substring(end);
    }

    /** The rendered Markdown's second-level headings, their third-level headings and the items under each. */
    static Map<String, Map<String, List<String>>> structure(String markdown) {
        Map<String, Map<String, List<String>>> parties = new LinkedHashMap<>();
        Node document = Parser.builder().build().parse(markdown);
        String[] current = new String[2];
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                current[0] = text(heading);
                parties.put(current[0], new LinkedHashMap<>());
            } else if (node instanceof Heading heading && heading.getLevel() == 3) {
                current[1] = text(heading);
                parties.get(current[0]).put(current[1], new ArrayList<>());
            } else if (node instanceof BulletList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    parties.get(current[0]).get(current[1]).add(text((ListItem) item));
                }
            }
        }
        return parties;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }
}
