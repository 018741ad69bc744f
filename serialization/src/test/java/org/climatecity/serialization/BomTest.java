package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BOM has no parent (an imported BOM passes on all its dependency management), so its versions are written
 * twice: here they are checked against the parent's, and the README's snippet against the BOM.
 */
class BomTest {

    private static final Path ROOT = Path.of("..");

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(pom);
        assertThat(matcher.find()).as("property %s", name).isTrue();
        return matcher.group(1);
    }

    /** The version of the parent or of the BOM, declared right after its artifactId. */
    private static String version(String pom) {
        Matcher matcher = Pattern.compile("<artifactId>climate-city-(?:parent|bom)</artifactId>\\s*"
                + "<version>([^<]+)</version>").matcher(pom);
        assertThat(matcher.find()).as("version").isTrue();
        return matcher.group(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson.version", "snakeyaml-engine.version", "jakarta.validation.version",
            "hibernate.validator.version", "expressly.version"})
    void managesTheVersionsTheBuildUses(String name) throws IOException {
        assertThat(property(read("bom/pom.xml"), name)).isEqualTo(property(read("pom.xml"), name));
    }

    @Test
    void isAModuleOfTheBuildWithItsVersion() throws IOException {
        String parent = read("pom.xml");
        String bom = read("bom/pom.xml");
        assertThat(parent).contains("<module>bom</module>");
        assertThat(version(bom)).isEqualTo(version(parent));
        assertThat(bom).contains("<artifactId>climate-city-core</artifactId>",
                "<artifactId>climate-city-serialization</artifactId>", "<artifactId>climate-city-interop</artifactId>",
                "<artifactId>jackson-bom</artifactId>", "<artifactId>snakeyaml-engine</artifactId>",
                "<artifactId>jakarta.validation-api</artifactId>", "<artifactId>hibernate-validator</artifactId>",
                "<artifactId>expressly</artifactId>");
    }

    @Test
    void theReadmeImportsTheBomOfThisVersion() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("<artifactId>climate-city-bom</artifactId>\n      <version>"
                + version(read("bom/pom.xml")) + "</version>\n      <type>pom</type>\n      <scope>import</scope>");
    }
}
