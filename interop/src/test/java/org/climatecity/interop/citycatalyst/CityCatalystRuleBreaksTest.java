package org.climatecity.interop.citycatalyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.interop.Documents.assertConserved;
import static org.climatecity.interop.Documents.assertValid;
import static org.climatecity.interop.Documents.resource;

import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.climatecity.interop.TonnesBalance;
import org.junit.jupiter.api.Test;

/**
 * Planted breaks of the model's rules in CityCatalyst exports, which hold one city and one inventory: a figure that
 * makes the document's totals overflow, and a file given twice, whose inventory collides with itself. Each is reported
 * with its file, line and the tonnes left out; the document is valid and every tonne is accounted for.
 */
class CityCatalystRuleBreaksTest {

    static final Path RULE_BREAKS = resource("org/climatecity/interop/citycatalyst/rulebreaks/inventory-SE RBK-2023.csv");

    @Test
    void leavesOutTheOneRowThatMakesTheTotalsOverflowAndKeepsTheOthers() {
        ImportResult result = CityCatalystImporter.read(List.of(RULE_BREAKS));

        assertThat(DocumentRules.check(result.document())).isEmpty();
        assertValid(result.document());
        assertThat(result.report().withCode("finite-totals")).extracting(ReportEntry::toString).containsExactly(
                "inventory-SE RBK-2023.csv:4: finite-totals: the emissions of the document's inventories must add up"
                        + " to a finite number of tonnes; with this figure they exceed the largest number a double"
                        + " holds; entry of II.1.1 (1.5E+308 t CO2e) is not kept");
        assertThat(result.document().inventories()).singleElement().satisfies(inventory -> assertThat(
                inventory.entries()).extracting(InventoryEntry::publisherId).containsExactly("ref-a", "ref-b",
                        "ref-c"));
        assertConserved(result);
    }

    @Test
    void countsAFileImportedTwiceOnceInTheDocumentAndReportsTheRepeatWithItsTonnes() {
        ImportResult once = CityCatalystImporter.read(List.of(RULE_BREAKS));
        ImportResult twice = CityCatalystImporter.read(List.of(RULE_BREAKS, RULE_BREAKS));

        assertValid(twice.document());
        assertThat(twice.document().inventories()).isEqualTo(once.document().inventories());
        assertThat(twice.report().withCode("duplicate-inventory")).singleElement().satisfies(entry -> {
            assertThat(entry.file()).isEqualTo("inventory-SE RBK-2023.csv");
            assertThat(entry.tonnesLeftOut()).isEqualByComparingTo(once.tonnesInDocument());
            assertThat(entry.message()).isEqualTo("inventory of 'se-rbk' for 2023 with the same boundary and source"
                    + " is given by two inputs; this repeat is not kept (it held "
                    + once.tonnesInDocument().stripTrailingZeros().toPlainString() + " t CO2e)");
        });
        // the summary's figures agree with what the document holds
        assertThat(twice.tonnesInDocument()).isEqualByComparingTo(once.tonnesInDocument());
        assertThat(twice.tonnesRead()).isEqualByComparingTo(once.tonnesRead().multiply(java.math.BigDecimal.valueOf(2)));
        assertThat(twice.balances()).extracting(TonnesBalance::file).containsExactly("inventory-SE RBK-2023.csv",
                "inventory-SE RBK-2023.csv");
        assertConserved(twice);
    }
}
