package org.climatecity.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataSourceTest {

    @Test
    void describesPublisherNameAndEdition() {
        DataSource smhi = DataSource.of(" SMHI ", "Nationella emissionsdatabasen");

        assertThat(smhi.publisher()).isEqualTo("SMHI");
        assertThat(smhi.label()).isEqualTo("SMHI, Nationella emissionsdatabasen");
        assertThat(smhi.withVintage("2025").label()).isEqualTo("SMHI, Nationella emissionsdatabasen (2025)");
        assertThat(new DataSource("Borlänge kommun", "News", LocalDate.of(2024, 12, 4), null,
                "https://www.borlange.se/", null, null).label()).isEqualTo("Borlänge kommun, News (2024-12-04)");
        assertThat(smhi.withUrl("https://nationellaemissionsdatabasen.smhi.se/").url())
                .isEqualTo("https://nationellaemissionsdatabasen.smhi.se/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nationellaemissionsdatabasen.smhi.se", "ftp://example.org/x", "javascript:alert(1)",
        "https:///nohost", "http://exa mple.org"})
    void rejectsAddressesThatAreNotAbsoluteHttp(String url) {
        assertThatThrownBy(() -> DataSource.of("SMHI", "x").withUrl(url)).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("data source URL must be an absolute http or https address, was '");
    }

    @Test
    void rejectsMissingPublisherAndName() {
        assertThatThrownBy(() -> DataSource.of(" ", "x")).isInstanceOf(ClimateCityException.class)
                .hasMessage("data source publisher must not be blank");
        assertThatThrownBy(() -> DataSource.of("x", null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("data source name must not be null");
    }
}
