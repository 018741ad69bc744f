package org.climatecity.interop.klimatkollen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.interop.Documents.assertConserved;
import static org.climatecity.interop.Documents.assertValid;
import static org.climatecity.interop.Documents.resource;

import java.nio.file.Path;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.junit.jupiter.api.Test;

/**
 * Planted breaks of the model's rules and of the format in Klimatkollen's data: each is one report entry at its
 * pointer, the other municipalities are imported, the document is valid and every tonne is accounted for.
 */
class KlimatkollenRuleBreaksTest {

    static final Path RULE_BREAKS = resource("org/climatecity/interop/klimatkollen/rulebreaks.json");

    @Test
    void reportsEachRuleBreakAtItsPointerAndWritesAValidDocument() {
        ImportResult result = KlimatkollenImporter.read(RULE_BREAKS);

        assertThat(DocumentRules.check(result.document())).isEmpty();
        assertValid(result.document());
        assertThat(result.report().entries()).filteredOn(entry -> entry.pointer() != null)
                .extracting(ReportEntry::toString).containsExactly(
                        "rulebreaks.json:/2/kommun: duplicate-key: key 'kommun' is given again in one object (line 4,"
                                + " column 52), as 'Alingsås' and as 'Alvesta': its figures belong to neither for"
                                + " certain; the municipality is not kept (it held 7 t CO2e)",
                        "rulebreaks.json:/3/emissions/2020: duplicate-key: key '2020' is given again in one object"
                                + " (line 5, column 51); the first value is kept, the repeat 12 is not (it held 12 t"
                                + " CO2e)",
                        // 'Ale kommun' is Ale again: the first is kept whole, the repeat is one entry
                        "rulebreaks.json:/1/kommun: repeated-municipality: municipality 'Ale kommun' is Ale again,"
                                + " given first at /0; the first is kept, this one is not (it held 5 t CO2e)",
                        "rulebreaks.json:/3/climatePlanYear: bad-number: climatePlanYear must be a whole year from"
                                + " 1900 to 2200, was 99999; the plan is kept without its year",
                        "rulebreaks.json:/4/kommun: unknown-municipality: municipality 'Atlantis' is not one of"
                                + " Sweden's 290 in the registry; it is not kept (it held 3 t CO2e)",
                        "rulebreaks.json:/5/emissions/2021: finite-totals: the emissions of the document's"
                                + " inventories must add up to a finite number of tonnes; with this figure they"
                                + " exceed the largest number a double holds; inventory of 'borlange' for 2021"
                                + " (1.5E+308 t CO2e) is not kept");
        // Habo and Håbo share a slug: both are kept, each with its kommunkod in its id
        assertThat(result.document().actors()).extracting(Actor::id).extracting(Object::toString)
                .containsExactly("ale", "alvesta", "borlange", "habo-0643", "habo-0305");
        assertThat(result.document().inventories()).filteredOn(i -> i.owner().value().equals("alvesta"))
                .singleElement().extracting(EmissionsInventory::reportedTotal).isEqualTo(11.0);
        assertConserved(result);
    }
}
