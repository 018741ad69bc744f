package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class PublishedMemberCountTest {

    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);

    @Test
    void keepsTheCountWithItsDateAndStrippedSource() {
        PublishedMemberCount count = new PublishedMemberCount(EXPANSION, 48, " Borlänge kommun ");

        assertThat(count.count()).isEqualTo(48);
        assertThat(count.source()).isEqualTo("Borlänge kommun");
    }

    @Test
    void rejectsNegativeCountsMissingDatesAndBlankSources() {
        assertThatThrownBy(() -> new PublishedMemberCount(EXPANSION, -1, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("published member count must not be negative, was -1");
        assertThatThrownBy(() -> new PublishedMemberCount(null, 48, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("published count date must not be null");
        assertThatThrownBy(() -> new PublishedMemberCount(EXPANSION, 48, "")).isInstanceOf(ClimateCityException.class)
                .hasMessage("published count source must not be blank");
    }
}
