package org.climatecity.examples.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.calc.FundingGap;
import org.climatecity.core.calc.TargetProgress;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.programme.Initiative;
import org.climatecity.examples.document.Documents;
import org.climatecity.examples.report.ReportTables.Table;
import org.junit.jupiter.api.Test;

class FollowUpBuilderTest {

    private static final ProgrammeDocument DOCUMENT = Documents.mainExample();
    private final FollowUpModel model = FollowUpBuilder.of(DOCUMENT).build(2025, List.of());

    @Test
    void measuresBorlangesTargetIn2024AsComputedByHand() {
        TargetProgress p = target("Klimatneutrala Borlänge 2030").measured().orElseThrow();
        // no inventory of 2025 yet: the latest year with the target's emissions is 2024
        assertThat(p.year()).isEqualTo(2024);
        double baseline = CanonicalScenario.BORLANGE_1990_TONNES;
        double observed = 423_795.83;
        // climate neutral with a 15 % residual by 2030; the linear path runs through the milestone of half the
        // baseline in 2027, so 2024 lies 34 of the 37 years from 1990 to the milestone
        double level = 0.15 * baseline;
        double path = baseline - (baseline - baseline / 2) * 34 / 37;
        assertThat(p.observed().tonnesCo2e()).isCloseTo(observed, within(0.005));
        assertThat(p.targetLevel()).isCloseTo(level, within(1e-6));
        assertThat(p.pathValue()).isCloseTo(path, within(1e-6));
        assertThat(p.shareAchieved()).isCloseTo((baseline - observed) / (baseline - level), within(1e-6));
        assertThat(p.onTrack()).isFalse();
        // the 2027 milestone (half the baseline) is still ahead
        assertThat(p.milestones()).singleElement().satisfies(m -> {
            assertThat(m.year()).isEqualTo(2027);
            assertThat(m.level()).isCloseTo(baseline / 2, within(1e-6));
        });
    }

    @Test
    void targetsTableShowsTheModelsProgress() {
        Table table = FollowUpTables.targets(model);
        assertThat(table.rows()).hasSize(model.targets().size());
        for (int i = 0; i < table.rows().size(); i++) {
            TargetProgress p = model.targets().get(i).measured().orElseThrow();
            List<String> row = table.rows().get(i);
            assertThat(row.get(0)).isEqualTo(model.targets().get(i).target().name());
            assertThat(row.get(1)).isEqualTo(Integer.toString(p.year()));
            assertThat(row.get(2)).isEqualTo(String.format(java.util.Locale.ROOT, "%,.0f", p.observed().tonnesCo2e()));
            assertThat(row.get(4)).isEqualTo(String.format(java.util.Locale.ROOT, "%,.0f", p.pathValue()));
            assertThat(row.get(5)).isEqualTo(String.format(java.util.Locale.ROOT, "%.0f %%", 100 * p.shareAchieved()));
            assertThat(row.get(6)).startsWith(p.onTrack() ? "on track" : "off track");
        }
        assertThat(table.rows().get(0)).containsExactly("Klimatneutrala Borlänge 2030", "2024", "423,796",
                "539,459 (1990)", "291,599", "25 %", "off track (+132,197 against the path)", "2027 269,729: pending");
    }

    @Test
    void fundingTablesAddUpToTheTotalRow() {
        for (FollowUpModel.InvestmentFacts facts : model.investments()) {
            for (Table table : List.of(FollowUpTables.fundingByYear(facts), FollowUpTables.fundingByField(facts))) {
                List<List<String>> rows = table.rows();
                for (int column = 1; column < 7; column++) {
                    long sum = 0;
                    for (List<String> row : rows.subList(0, rows.size() - 1)) {
                        sum += Long.parseLong(row.get(column).replace(",", ""));
                    }
                    assertThat(Long.parseLong(rows.get(rows.size() - 1).get(column).replace(",", "")))
                            .as(table.title() + " column " + column).isEqualTo(sum);
                }
            }
        }
    }

    @Test
    void givesTheJointPlansFundingGapAsComputedByHand() {
        FollowUpModel.InvestmentFacts joint = model.investments().stream()
                .filter(f -> f.plan().name().startsWith("Investment plan of the joint")).findFirst().orElseThrow();
        // million kronor: costs, secured, applied for, planned; the allocations of JointInvestmentPlan summed by hand
        assertGap(joint.gaps().byYear().get(2025), 40.5, 18.5, 0, 20, 2.0, 22.0);
        assertGap(joint.gaps().byYear().get(2026), 82.5, 15.0, 12, 30, 25.5, 67.5);
        assertGap(joint.gaps().byYear().get(2027), 70.5, 0, 0, 0, 70.5, 70.5);
        assertGap(joint.gaps().total(), 193.5, 33.5, 12, 50, 98.0, 160.0);
        assertGap(joint.gaps().byField().get(FieldOfAction.ENERGY_SYSTEMS), 120, 0, 10, 50, 60, 120);
        assertGap(joint.gaps().byField().get(FieldOfAction.MOBILITY_AND_TRANSPORT), 63, 28.5, 2, 0, 32.5, 34.5);
        assertGap(joint.gaps().byField().get(FieldOfAction.BUILT_ENVIRONMENT), 5, 2.5, 0, 0, 2.5, 2.5);
        assertGap(joint.gaps().byField().get(FieldOfAction.INDUSTRY), 5.5, 2.5, 0, 0, 3.0, 3.0);
    }

    private static void assertGap(FundingGap gap, double cost, double secured, double appliedFor, double planned,
            double gapMsek, double unsecured) {
        assertThat(gap.cost()).isEqualByComparingTo(msek(cost));
        assertThat(gap.secured()).isEqualByComparingTo(msek(secured));
        assertThat(gap.appliedFor()).isEqualByComparingTo(msek(appliedFor));
        assertThat(gap.planned()).isEqualByComparingTo(msek(planned));
        assertThat(gap.gap()).isEqualByComparingTo(msek(gapMsek));
        assertThat(gap.unsecured()).isEqualByComparingTo(msek(unsecured));
    }

    private static BigDecimal msek(double millions) {
        return BigDecimal.valueOf(Math.round(millions * 1_000_000));
    }

    @Test
    void groupsIndicatorsByTheirPathwayLevelAndListsTheCoBenefitsOfActionsUnderWay() {
        Table levels = FollowUpTables.indicatorsByLevel(model);
        // a level an indicator states comes first, then the level a pathway names it at; the rest have none
        assertThat(levels.rows()).contains(
                List.of("output", "renovated apartments", "buildings", "stated by the indicator", "180 apartments"),
                List.of("output", "electric cars per public charging point, Avesta", "-",
                        "pathway 'avesta-charging-pathway'", "27.171 cars per charging point"),
                List.of("outcome", "new cars that are electric chargeable, Avesta", "-",
                        "pathway 'avesta-charging-pathway'", "44.209 % of new cars"));
        assertThat(levels.rows()).extracting(row -> row.get(0)).containsSubsequence("output", "outcome", "none");
        Table benefits = FollowUpTables.coBenefits(model);
        // the buses and the housing action are in progress at the end of 2025; Avesta's delayed charging is not
        String buses = "Electric buses and fossil-free municipal fleet in Borlänge (illustrative)";
        assertThat(benefits.rows()).extracting(row -> row.get(0) + ": " + row.get(1) + ", " + row.get(2))
                .containsExactly("Energy-efficient rental housing (illustrative): equity, worse",
                        buses + ": air quality, better", buses + ": noise, better");
    }

    @Test
    void countsTheActionsByStatusAtTheEndOfEachYear() {
        Table table = FollowUpTables.actionsByStatus(model);
        // hand count: at the end of 2024 the joint plan's five planned actions and one proposal, the forum plan's
        // two proposals, and its housing action whose first change comes in 2025; at the end of 2025 two in progress
        // (housing, buses), one approved, one delayed, two planned, three proposed
        assertThat(table.rows()).containsExactly(
                List.of("proposed", "3", "3"),
                List.of("planned", "5", "2"),
                List.of("approved", "0", "1"),
                List.of("in progress", "0", "2"),
                List.of("delayed", "0", "1"),
                List.of("not yet in a plan", "1", "0"),
                List.of("all actions", "9", "9"));
        // and each count is what the model's actions say
        for (List<String> row : table.rows().subList(0, 5)) {
            ActionStatus status = ActionStatus.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT)
                    .replace(' ', '_'));
            assertThat(model.actions().stream().filter(a -> a.after() == status).count())
                    .isEqualTo(Long.parseLong(row.get(2)));
            assertThat(model.actions().stream().filter(a -> a.before() == status).count())
                    .isEqualTo(Long.parseLong(row.get(1)));
        }
    }

    @Test
    void listsWhatChangedInTheYearWithThePreviousStatus() {
        Table table = FollowUpTables.statusChanges(model);
        int changes = model.actions().stream().mapToInt(a -> a.changes().size()).sum();
        assertThat(table.rows()).hasSize(changes).hasSize(7);
        assertThat(table.rows()).contains(List.of("Charging infrastructure and mobility hubs in Avesta (illustrative)",
                "Joint action plan Borlänge and Avesta (illustrative)", "2025-10-01", "planned -> delayed",
                "building permits for the mobility hubs not yet granted"));
        assertThat(FollowUpTables.statusChanges(FollowUpBuilder.of(DOCUMENT).build(2023, List.of())).note())
                .isEqualTo("No action changed its status in 2023.");
    }

    @Test
    void showsEachIndicatorsValueOfTheLatestYearOrItsUndatedValue() {
        Table table = FollowUpTables.indicators(model);
        assertThat(table.rows()).hasSize(model.indicators().size());
        assertThat(row(table, "new cars that are electric chargeable, Borlänge"))
                .containsExactly("new cars that are electric chargeable, Borlänge", "Borlänge", "% of new cars",
                        "51.92 (2022, final)", "-", "-", "-", "-");
        assertThat(row(table, "households' consumption-based emissions per resident, Avesta").get(3))
                .isEqualTo("6232 (undated, final)");
        // renovated apartments: 180 in 2025 against 0 in 2024 and 2,000 by 2030, 9 % of the way
        assertThat(row(table, "renovated apartments")).containsExactly("renovated apartments", "Tunabyggen",
                "apartments", "180 (2025, provisional)", "0 (2024)", "2000 by 2030", "9 %", "no");
        // in 2018 the car share's latest value is 2018's
        Table earlier = FollowUpTables.indicators(FollowUpBuilder.of(DOCUMENT).build(2018, List.of()));
        assertThat(row(earlier, "new cars that are electric chargeable, Avesta").get(3))
                .isEqualTo("4.729 (2018, final)");
    }

    private static List<String> row(Table table, String first) {
        return table.rows().stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
    }

    @Test
    void rejectsAYearOutsideTheDocumentsData() {
        FollowUpBuilder builder = FollowUpBuilder.of(DOCUMENT);
        assertThat(builder.dataYears().first()).isEqualTo(1990);
        assertThat(builder.dataYears().last()).isEqualTo(2027);
        assertThatThrownBy(() -> builder.build(2031, List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("the year followed up must lie within the document's data, 1990-2027, was 2031");
        assertThatThrownBy(() -> builder.build(1989, List.of())).hasMessageEndingWith("was 1989");
    }

    @Test
    void rejectsADocumentWithoutIndicators() {
        Initiative initiative = DOCUMENT.initiatives().get(0).withIndicators(List.of());
        ProgrammeDocument without = new ProgrammeDocument(DOCUMENT.actors(), DOCUMENT.programmes(),
                List.of(initiative), DOCUMENT.inventories());
        assertThatThrownBy(() -> FollowUpBuilder.of(without)).isInstanceOf(ClimateCityException.class)
                .hasMessage("a follow-up needs an initiative with indicators; the document's 1 initiative has none");
    }

    @Test
    void drawsAChartPerDatedIndicatorTargetAndInvestmentPlan() {
        Map<String, String> charts = FollowUpCharts.render(model);
        assertThat(charts.keySet()).contains("indicator-electric-car-share-borlange.svg",
                "indicator-electric-car-share-avesta.svg", "target-borlange-climate-neutral-2030.svg",
                "funding-investment-plan-borlange-avesta.svg", "indicator-renovated-apartments.svg")
                // undated, or one value without a target
                .doesNotContain("indicator-bicycle-metres-borlange.svg", "indicator-climate-plan-year-borlange.svg");
        assertThat(charts).hasSize(7);
        assertThat(charts.values()).allSatisfy(svg -> assertThat(svg).startsWith("<svg"));
    }

    private FollowUpModel.TargetFacts target(String name) {
        return model.targets().stream().filter(t -> t.target().name().equals(name)).findFirst().orElseThrow();
    }
}
