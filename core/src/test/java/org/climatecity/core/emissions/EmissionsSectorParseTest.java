package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

/** Sector ids of every scheme read back, GPC reference numbers and schemes this library does not know included. */
class EmissionsSectorParseTest {

    @Test
    void readsGpcReferenceNumbersAndOtherSchemes() {
        EmissionsSector residential = EmissionsSector.parse("gpc:I.1.1");
        EmissionsSector crf = EmissionsSector.parse("crf:1.A.3.b");

        assertThat(residential).isEqualTo(GpcSubcategory.of("I.1.1"));
        assertThat(residential.id()).isEqualTo("gpc:I.1.1");
        assertThat(residential.label()).startsWith("I.1.1 Residential buildings: Emissions from fuel combustion");
        assertThat(((GpcSubcategory) residential).sector()).isEqualTo(GpcSector.STATIONARY_ENERGY);
        assertThat(crf).isEqualTo(new OtherSector("crf", "1.A.3.b"));
        assertThat(crf.id()).isEqualTo("crf:1.A.3.b");
        assertThat(crf.scheme()).isEqualTo(SectorScheme.OTHER);
        assertThat(EmissionsSector.parse(crf.id())).isEqualTo(crf);
        assertThat(EmissionsSector.parse("gpc:waste")).isEqualTo(GpcSector.WASTE);
    }

    @Test
    void rejectsUnknownSectorsOfKnownSchemesAndMalformedIds() {
        assertThatThrownBy(() -> EmissionsSector.parse("gpc:I.9.9")).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("GPC sector must be one of [gpc:stationary-energy");
        assertThatThrownBy(() -> EmissionsSector.parse("se:unknown")).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("Swedish main sector must be one of [se:");
        assertThatThrownBy(() -> EmissionsSector.parse("waste")).isInstanceOf(ClimateCityException.class)
                .hasMessage("emissions sector must be written scheme:code such as 'se:domestic-transport',"
                        + " was 'waste'");
        assertThatThrownBy(() -> EmissionsSector.parse("CRF:1")).isInstanceOf(ClimateCityException.class)
                .hasMessage("sector scheme must be a lowercase slug of at most 32 characters, was 'CRF'");
        assertThatThrownBy(() -> EmissionsSector.parse("crf: ")).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("sector code must be 1 to 100 characters");
    }

    @Test
    void notationKeysKeepTheGpcFourAndOthersAsGiven() {
        assertThat(NotationKey.parse("NE")).isEqualTo(NotationKey.NE);
        assertThat(NotationKey.NE.isGpcKey()).isTrue();
        assertThat(NotationKey.NE.isAccountedFor()).isFalse();
        assertThat(NotationKey.IE.isAccountedFor()).isTrue();
        assertThat(NotationKey.parse("NA").isGpcKey()).isFalse();
        assertThatThrownBy(() -> NotationKey.parse("not estimated")).isInstanceOf(ClimateCityException.class)
                .hasMessage("notation key must be 1 to 16 letters, digits, hyphens or asterisks such as 'NE', was"
                        + " 'not estimated'");
    }
}
