package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.junit.jupiter.api.Test;

class PublishedMemberCountTest {

    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);

    @Test
    void keepsTheCountWithItsDateAndProvenance() {
        Provenance news = Provenance.reported(DataSource.of("Borlänge kommun", "news of 4 December 2024"));
        PublishedMemberCount count = new PublishedMemberCount(EXPANSION, 48, news);

        assertThat(count.count()).isEqualTo(48);
        assertThat(count.provenance()).isEqualTo(news);
        assertThat(Programme.builder("Viable Cities", 2030).publishedMemberCount(EXPANSION, 48, "Viable Cities")
                .build().publishedMemberCounts().get(0).provenance())
                .isEqualTo(Provenance.reported(DataSource.of("Viable Cities", "published member count")));
    }

    @Test
    void rejectsNegativeCountsAndMissingDates() {
        assertThatThrownBy(() -> new PublishedMemberCount(EXPANSION, -1, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("published member count must not be negative, was -1");
        assertThatThrownBy(() -> new PublishedMemberCount(null, 48, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("published count date must not be null");

    }
}
