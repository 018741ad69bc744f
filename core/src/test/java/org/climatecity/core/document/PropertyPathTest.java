package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertyPathTest {

    @Test
    void printsPropertiesJoinedByDotsWithListIndexes() {
        PropertyPath path = PropertyPath.of("initiatives", 0).element("twinPairings", 2).property("twinCity");

        assertThat(path).hasToString("initiatives[0].twinPairings[2].twinCity");
        assertThat(PropertyPath.of("programme").property("office")).hasToString("programme.office");
        assertThat(PropertyPath.of("initiatives", 1).element("forums", 0).element("participants", 3))
                .hasToString("initiatives[1].forums[0].participants[3]");
    }

    @Test
    void givesTheJsonPointerOfThePath() {
        assertThat(PropertyPath.of("initiatives", 0).element("twinPairings", 2).property("twinCity").pointer())
                .isEqualTo("/initiatives/0/twinPairings/2/twinCity");
        assertThat(PropertyPath.of("initiatives", 1).element("forums", 0).element("participants", 3).pointer())
                .isEqualTo("/initiatives/1/forums/0/participants/3");
        assertThat(PropertyPath.pointer("programmes[0].office")).isEqualTo("/programmes/0/office");
    }
}
