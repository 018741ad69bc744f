package org.climatecity.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

    private final ReportModel model = ReportModelSamples.sample();

    @Test
    void programmeTableComparesBeforeAndAfter() {
        ReportTables.Table table = ReportTables.programme(model);
        assertThat(table.headers()).containsExactly("", "on 2024-11-30", "on 2024-12-01");
        assertThat(table.rows().get(0)).containsExactly("Viable Cities member cities", "23",
                "48 (23 named in the sources)");
        assertThat(table.rows().get(3)).containsExactly("twin cities", "-",
                "Borlänge + Avesta (since 2024-12-01, joint target: Joint <target> & more)");
    }

    @Test
    void citiesTableGivesTheGapInTheTargetYear() {
        List<String> row = ReportTables.cities(model).rows().get(0);
        // 2030: trend 425,000, target 95,000, with actions 413,000
        assertThat(row).containsExactly("Borlänge (2081)", "455,000 (2024)", "-5,000", "2115",
                "Klimatneutrala Borlänge 2030", "95,000", "425,000", "+330,000", "+318,000 (3 actions)");
    }

    @Test
    void tablesWithoutRowsSayWhy() {
        ReportModel empty = ReportModelSamples.withoutCitiesOrPartners();
        assertThat(ReportTables.cities(empty).rows()).isEmpty();
        assertThat(ReportTables.cities(empty).note()).isEqualTo(ReportTables.NO_CITIES)
                .isEqualTo("No city of the document has emissions inventories for two or more years from 2015 and a"
                        + " climate target, so there is no trend to compare with a target.");
        assertThat(ReportTables.partners(empty).note()).isEqualTo("The initiative has no partners.");
        assertThat(ReportTables.cities(model).note()).startsWith("The gap is the trend");
        assertThat(ReportTables.partners(model).note()).isEmpty();
    }

    @Test
    void scalingTableAddsATotalRow() {
        ReportTables.Table table = ReportTables.scaling(model);
        assertThat(table.headers()).endsWith("2030 low / central / high", "2035 low / central / high",
                "2045 low / central / high");
        assertThat(table.rows()).hasSize(3);
        // pilot stage: 0 + 100 per year from 2025; Europe: 10,000 per year from 2031
        assertThat(table.rows().get(0).get(4)).isEqualTo("500 / 1,000 / 2,000");
        assertThat(table.rows().get(2)).startsWith("total").element(4).isEqualTo("- / - / -");
        assertThat(table.rows().get(2).get(5)).isEqualTo("41,000 / 82,000 / 164,000");
    }

    @Test
    void scalingTableSaysWhatThePilotDoesAndHowStagesAddUp() {
        assertThat(ReportTables.scaling(model).note()).isEqualTo("Pilot 'Household climate coaching': 0.050 / 0.100"
                + " / 0.200 t CO2e a year per resident (low / central / high), illustrative: illustrative. Each stage"
                + " counts only what it adds beyond the earlier stages, so the stages add up to the total.");
    }

    @Test
    void scalingTableIsEmptyWithoutAPlan() {
        assertThat(ReportTables.scaling(null, List.of(2030)).rows()).isEmpty();
    }

    @Test
    void rejectsARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new ReportTables.Table("t", List.of("a", "b"), List.of(List.of("1")), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row must have 2 cells, had 1: [1]");
    }
}
