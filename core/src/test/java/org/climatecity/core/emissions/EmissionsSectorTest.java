package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmissionsSectorTest {

    @ParameterizedTest
    @CsvSource({"se:domestic-transport,DOMESTIC_TRANSPORT", "se:industry,INDUSTRY",
        "gpc:stationary-energy,STATIONARY_ENERGY", "gpc:other-scope-3,OTHER_SCOPE_3"})
    void parsesTheIdSchemeColonCode(String id, String name) {
        EmissionsSector sector = EmissionsSector.parse(id);

        assertThat(((Enum<?>) sector).name()).isEqualTo(name);
        assertThat(sector.id()).isEqualTo(id);
    }

    @Test
    void roundTripsEverySectorOfEverySchemeThroughItsId() {
        List<EmissionsSector> all = new ArrayList<>(List.of(SwedishMainSector.values()));
        all.addAll(List.of(GpcSector.values()));

        for (EmissionsSector sector : all) {
            assertThat(EmissionsSector.parse(sector.id())).isSameAs(sector);
        }
        assertThat(EmissionsSector.allIds()).hasSize(15).doesNotHaveDuplicates()
                .containsExactlyElementsOf(all.stream().map(EmissionsSector::id).toList());
    }

    @Test
    void rejectsUnknownIds() {
        assertThatThrownBy(() -> EmissionsSector.parse("se:transport")).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("Swedish main sector must be one of [se:work-machinery, se:waste,")
                .hasMessageEndingWith("se:international-transport], was 'se:transport'");
        assertThatThrownBy(() -> EmissionsSector.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("emissions sector must not be null");
    }
}
