package org.climatecity.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionRegistryTest {

    @Test
    void findsTheSwedishRegistryForSwedenAndNoneForACountryWithout() {
        assertThat(RegionRegistry.of(CountryCode.SWEDEN)).containsSame(SwedishRegions.get());
        assertThat(RegionRegistry.of(CountryCode.of("DE"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "se-kommun:2081|",
        "se-lan:20|",
        "lau:SE:2084|",
        "nuts:SE312|",
        "se-kommun:2099|municipality code must name one of Sweden's 290 municipalities, was '2099'",
        "lau:SE:2099|municipality code must name one of Sweden's 290 municipalities, was '2099'",
        "se-lan:11|county code must name one of Sweden's 21 counties, was '11'",
        "lau:DE:99999999|",
    })
    void reportsSwedishCodesThatNameNoRegionAndLeavesOtherIdentifiersAlone(String identifier, String problem) {
        assertThat(SwedishRegions.get().problem(Identifier.parse(identifier)).orElse(null)).isEqualTo(problem);
    }
}
