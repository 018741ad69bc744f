package org.climatecity.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({"a,true", "a-b,true", "a1-2b,true", "-a,false", "a-,false", "a--b,false", "A,false", "a_b,false",
        "ä,false", "'',false"})
    void acceptsLowercaseGroupsJoinedBySingleHyphens(String value, boolean slug) {
        assertThat(Slugs.isSlug(value)).isEqualTo(slug);
    }
}
