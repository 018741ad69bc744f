package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.NotationKey;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.junit.jupiter.api.Test;

class TargetEmissionsTest {

    private final ProgrammeDocument document = CanonicalScenario.document();
    private final ClimateTarget joint = target(CanonicalScenario.JOINT_TARGET);
    private final ClimateTarget borlange = target(CanonicalScenario.BORLANGE_TARGET);

    private ClimateTarget target(org.climatecity.core.id.LocalId id) {
        return document.initiatives().get(0).target(id).orElseThrow();
    }

    @Test
    void sumsAJointTargetsOwnersAndNamesTheInventoriesUsed() {
        MatchedEmissions matched = TargetEmissions.inYear(document, joint, 1990).orElseThrow();

        assertThat(matched.tonnesCo2e()).isCloseTo(CanonicalScenario.JOINT_1990_TONNES, within(0.01));
        assertThat(matched.inventories()).extracting(EmissionsInventory::owner)
                .containsExactly(CanonicalScenario.BORLANGE, CanonicalScenario.AVESTA);
        assertThat(TargetEmissions.series(document, joint).orElseThrow().toMap().keySet()).containsExactly(1990, 2023);
        assertThat(TargetEmissions.inYear(document, joint, 2000)).isEmpty();
    }

    @Test
    void addsEveryEntryOfASectorWhenAPublishersValueSpansSeveralRows() {
        // each entry split into two rows of one publisher's value: the target counts the same emissions
        List<EmissionsInventory> split = new ArrayList<>();
        for (EmissionsInventory inventory : document.inventories()) {
            List<InventoryEntry> rows = new ArrayList<>();
            for (InventoryEntry entry : inventory.entries()) {
                if (!entry.hasFigure()) {
                    rows.add(entry);
                    continue;
                }
                InventoryEntry third = InventoryEntry.of(entry.sector(), entry.scope(), entry.tonnesCo2e() / 3);
                rows.add(third.withPublisherId("value-" + rows.size()));
                rows.add(InventoryEntry.of(entry.sector(), entry.scope(), entry.tonnesCo2e() - third.tonnesCo2e())
                        .withPublisherId("value-" + (rows.size() - 1)));
            }
            split.add(new EmissionsInventory(inventory.owner(), inventory.year(), inventory.boundary(),
                    inventory.gasBasis(), inventory.provenance(), inventory.reportedTotal(), rows));
        }
        ProgrammeDocument splitDocument = new ProgrammeDocument(document.actors(), document.programmes(),
                document.initiatives(), split);

        assertThat(TargetEmissions.inYear(splitDocument, joint, 1990).orElseThrow().tonnesCo2e())
                .isCloseTo(CanonicalScenario.JOINT_1990_TONNES, within(0.01));
        assertThat(TargetEmissions.series(splitDocument, borlange).orElseThrow().toMap().values())
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b))
                .containsExactlyElementsOf(TargetEmissions.series(document, borlange).orElseThrow().toMap().values());
    }

    @Test
    void countsOnlyTheTargetsSectors() {
        // a territorial target without industry is compared with territorial emissions without industry
        List<SwedishMainSector> covered = new ArrayList<>(List.of(SwedishMainSector.values()));
        covered.remove(SwedishMainSector.INDUSTRY);
        ClimateTarget withoutIndustry = ClimateTarget.builder(borlange.id(), borlange.name(), borlange.kind(), 2030)
                .owners(CanonicalScenario.BORLANGE).sectors(covered.toArray(SwedishMainSector[]::new))
                .baseline(1990, 1.0).build();
        EmissionsInventory inventory = document.inventoriesOf(CanonicalScenario.BORLANGE).get(0);

        assertThat(TargetEmissions.inYear(document, withoutIndustry, 1990).orElseThrow().tonnesCo2e())
                .isCloseTo(inventory.total().tonnesCo2e() - inventory.sector(SwedishMainSector.INDUSTRY).tonnesCo2e(),
                        within(1e-6));
    }

    @Test
    void takesABaselineWithoutValueFromTheMatchingInventories() {
        ClimateTarget yearOnly = new ClimateTarget(joint.id(), joint.name(), joint.owners(), joint.kind(),
                joint.boundary(), joint.sectors(), joint.gasBasis(), Baseline.yearOnly(1990), joint.targetYear(),
                joint.milestones(), joint.pathway(), null, null, null, null, List.of());

        MatchedEmissions baseline = TargetEmissions.baseline(document, yearOnly).orElseThrow();
        assertThat(baseline.tonnesCo2e()).isCloseTo(CanonicalScenario.JOINT_1990_TONNES, within(0.01));
        assertThat(baseline.isTargetsOwn()).isFalse();
        assertThat(TargetEmissions.baseline(document, joint).orElseThrow().isTargetsOwn()).isTrue();
        assertThatThrownBy(() -> TargetPaths.forTarget(yearOnly)).isInstanceOf(ClimateCityException.class)
                .hasMessageContaining("states its baseline year 1990 but no value");
        assertThat(TargetPaths.forTarget(yearOnly.withBaselineValue(baseline.tonnesCo2e())).tonnesCo2e().get(0))
                .isCloseTo(CanonicalScenario.JOINT_1990_TONNES, within(0.01));
    }

    @Test
    void usesTheNewestVintageAndOnlyTheTargetsBoundary() {
        EmissionsInventory smhi = document.inventoriesOf(CanonicalScenario.BORLANGE).get(1);
        DataSource newer = smhi.provenance().source().withVintage("2025");
        ProgrammeDocument edited = DocumentEdits.inventories(document, inventories -> {
            inventories.add(EmissionsInventory.of(smhi.owner(), smhi.year(), Boundary.TERRITORIAL, smhi.gasBasis(),
                    Provenance.officialStatistics(newer), List.of(InventoryEntry.of(SwedishMainSector.WASTE, 42))));
            inventories.add(EmissionsInventory.of(smhi.owner(), smhi.year(), Boundary.CONSUMPTION_BASED,
                    smhi.gasBasis(), smhi.provenance(), List.of(InventoryEntry.of(SwedishMainSector.WASTE, 7))));
        });

        MatchedEmissions matched = TargetEmissions.inYear(edited, borlange, smhi.year()).orElseThrow();
        assertThat(matched.tonnesCo2e()).isEqualTo(42);
        assertThat(matched.inventories().get(0).provenance().source()).isEqualTo(newer);
        // an owner's own series: the newest territorial total each year, the consumption-based figure apart
        assertThat(TargetEmissions.series(edited, smhi.owner(), Boundary.TERRITORIAL).orElseThrow().toMap())
                .containsEntry(smhi.year(), 42.0).hasSize(2);
        assertThat(TargetEmissions.series(edited, smhi.owner(), Boundary.CONSUMPTION_BASED).orElseThrow().toMap())
                .containsExactly(java.util.Map.entry(smhi.year(), 7.0));
        assertThat(TargetEmissions.series(edited, smhi.owner(), Boundary.GPC_BASIC)).isEmpty();
    }

    @Test
    void neverTakesANotEstimatedSectorAsZero() {
        EmissionsInventory smhi = document.inventoriesOf(CanonicalScenario.BORLANGE).get(1);
        ProgrammeDocument edited = DocumentEdits.inventories(document, inventories -> inventories.set(1,
                EmissionsInventory.of(smhi.owner(), smhi.year(), smhi.boundary(), smhi.gasBasis(), smhi.provenance(),
                        List.of(InventoryEntry.of(SwedishMainSector.WASTE, 42),
                                InventoryEntry.withoutFigure(SwedishMainSector.INDUSTRY, NotationKey.NE)))));

        assertThat(TargetEmissions.inYear(edited, borlange, smhi.year())).isEmpty();
        assertThat(TargetEmissions.series(edited, borlange).orElseThrow().toMap().keySet()).containsExactly(1990);
        assertThat(TargetEmissions.series(edited, smhi.owner(), Boundary.TERRITORIAL).orElseThrow().toMap().keySet())
                .containsExactly(1990);
    }
}
