package org.climatecity.interop.citycatalyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.id.Identifier;
import org.climatecity.interop.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityCatalystExporterTest {

    @TempDir
    Path dir;

    /** Two cities of no assigned country, each with the sample's inventory. */
    static ProgrammeDocument twoCities() {
        return ImportResult.merge(List.of(CityCatalystImporter.read(CityCatalystImporterTest.SAMPLE, "XX AAA", 2022),
                CityCatalystImporter.read(CityCatalystImporterTest.SAMPLE, "XX BBB", 2022))).document();
    }

    /** The document with the second city's LOCODE replaced by one that names another folder. */
    static ProgrammeDocument withBadSecondLocode(ProgrammeDocument document) {
        Actor second = document.actors().get(1);
        Actor renamed = Territory.of(second.id(), second.name(), TerritoryKind.COUNTRY_GROUP, null,
                Identifier.of(CityCatalystColumns.UNASSIGNED_LOCODE, "XX/../BBB"));
        return new ProgrammeDocument(List.of(document.actors().get(0), renamed), document.programmes(),
                document.initiatives(), document.inventories());
    }

    @Test
    void writesOneFilePerCityAndYear() {
        assertThat(CityCatalystExporter.write(twoCities(), dir).files()).containsExactly(
                dir.resolve("inventory-XX AAA-2022.csv"), dir.resolve("inventory-XX BBB-2022.csv"));
    }

    @Test
    void aBadSecondFileNameLeavesEveryEarlierFileAsItWas() throws IOException {
        Path first = Files.writeString(dir.resolve("inventory-XX AAA-2022.csv"), "the earlier export\n");
        ProgrammeDocument bad = withBadSecondLocode(twoCities());
        assertThatThrownBy(() -> CityCatalystExporter.write(bad, dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessageEndingWith("inventory-XX/../BBB-2022.csv: is not a plain file name");
        assertThat(first).hasContent("the earlier export\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(first);
        }
        assertThat(dir.getParent().resolve("BBB-2022.csv")).doesNotExist();
    }
}
