package org.climatecity.interop.openclimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.climatecity.interop.Documents.assertConserved;
import static org.climatecity.interop.Documents.assertValid;
import static org.climatecity.interop.Documents.resource;

import java.nio.file.Path;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.ReportEntry;
import org.junit.jupiter.api.Test;

/** Planted breaks of the model's rules: each record is reported at its line and left out; the document is valid. */
class OpenClimateRuleBreaksTest {

    static final Path RULE_BREAKS = resource("org/climatecity/interop/openclimate/rulebreaks/Target.csv").getParent();

    @Test
    void leavesOutAndReportsEachRecordThatBreaksARule() {
        ImportResult result = OpenClimateImporter.read(RULE_BREAKS);

        assertThat(DocumentRules.check(result.document())).isEmpty();
        assertValid(result.document());
        assertThat(result.report().entries()).filteredOn(entry -> entry.file().equals("rulebreaks/Target.csv")
                && entry.line() != null).extracting(ReportEntry::line, ReportEntry::code).containsExactlyInAnyOrder(
                        tuple(4, "unknown-actor"),
                        tuple(6, "repeated-target-id"),
                        tuple(2, "ordered-target-years"),
                        tuple(3, "ordered-target-years"));
        assertThat(result.report().withCode("ordered-target-years")).extracting(ReportEntry::toString)
                .containsExactly("rulebreaks/Target.csv:2: ordered-target-years: baseline year must be before the"
                        + " target year 2030, was 2030; target 'equal-years' is not kept",
                        "rulebreaks/Target.csv:3: ordered-target-years: baseline year must be before the target year"
                        + " 2030, was 2040; target 'baseline-after' is not kept");
        assertThat(result.document().initiatives().get(0).targets()).extracting(ClimateTarget::id)
                .extracting(Object::toString).containsExactly("target-a", "target-a-2");
    }

    @Test
    void reportsEveryEmissionsRowLeftOutWithItsTonnes() {
        ImportResult result = OpenClimateImporter.read(RULE_BREAKS);

        assertThat(result.report().entries()).filteredOn(entry -> entry.file().equals("rulebreaks/EmissionsAgg.csv")
                && entry.line() != null).extracting(ReportEntry::toString).containsExactly(
                        "rulebreaks/EmissionsAgg.csv:3: bad-year: year of the emissions of 'SE BOS' must be from 1900"
                                + " to 2200, was 0; the row is not kept (it held 7 t CO2e)",
                        "rulebreaks/EmissionsAgg.csv:4: bad-year: year of the emissions of 'SE GOT' must be from 1900"
                                + " to 2200, was 99999; the row is not kept (it held 11 t CO2e)",
                        "rulebreaks/EmissionsAgg.csv:5: bad-year: year of the emissions of 'SE GOT' must be from 1900"
                                + " to 2200, was -2020; the row is not kept (it held 13 t CO2e)",
                        "rulebreaks/EmissionsAgg.csv:6: bad-number: total emissions must be a number, was '1e-999';"
                                + " the row is not kept");
        assertThat(result.report().tonnesLeftOutByCode()).containsOnlyKeys("bad-year")
                .hasEntrySatisfying("bad-year", tonnes -> assertThat(tonnes).isEqualByComparingTo("31"));
        assertThat(result.balances()).singleElement().satisfies(balance -> {
            assertThat(balance.read()).isEqualByComparingTo("131.5");
            assertThat(balance.inDocument()).isEqualByComparingTo("100.5");
        });
        assertThat(result.report().entries()).filteredOn(entry -> entry.file().equals("rulebreaks/Population.csv")
                && entry.line() != null).extracting(ReportEntry::line, ReportEntry::code)
                .containsExactly(tuple(2, "bad-number"), tuple(4, "duplicate-population"));
        assertConserved(result);
        assertThat(result.report().withCode("duplicate-population").get(0).message()).isEqualTo("population of"
                + " 'SE GOT' in 2022 is given again after line 3; this one (600001) is not kept");
    }
}
