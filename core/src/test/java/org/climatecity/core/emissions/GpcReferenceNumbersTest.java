package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpcReferenceNumbersTest {

    private final GpcReferenceNumbers gpc = GpcReferenceNumbers.get();

    @Test
    void holdsTheFiftyThreeNumbersOfGpc11() {
        assertThat(gpc.all()).hasSize(53);
        assertThat(gpc.all().get(0).number()).isEqualTo("I.1.1");
        assertThat(gpc.all().get(52).number()).isEqualTo("VI.1");
        Map<GpcReportingLevel, Long> levels = gpc.all().stream()
                .collect(Collectors.groupingBy(GpcReference::level, Collectors.counting()));
        assertThat(levels).containsEntry(GpcReportingLevel.BASIC, 32L).containsEntry(GpcReportingLevel.BASIC_PLUS, 15L)
                .containsEntry(GpcReportingLevel.TERRITORIAL, 5L).containsEntry(GpcReportingLevel.OTHER, 1L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I.1.1|STATIONARY_ENERGY|I.1|SCOPE_1|BASIC",
        "I.2.1|STATIONARY_ENERGY|I.2|SCOPE_1|BASIC",
        "I.1.3|STATIONARY_ENERGY|I.1|SCOPE_3|BASIC_PLUS",
        "I.4.4|STATIONARY_ENERGY|I.4|SCOPE_1|TERRITORIAL",
        "II.1.3|TRANSPORTATION|II.1|SCOPE_3|BASIC_PLUS",
        "III.1.2|WASTE|III.1|SCOPE_3|BASIC",
        "IV.1|IPPU|IV.1|SCOPE_1|BASIC_PLUS",
        "V.3|AFOLU|V.3|SCOPE_1|BASIC_PLUS",
        "VI.1|OTHER_SCOPE_3|VI.1|SCOPE_3|OTHER",
    })
    void givesSectorSubsectorScopeAndLevelOfANumber(String number, GpcSector sector, String subsector,
            GhgScope scope, GpcReportingLevel level) {
        GpcReference reference = gpc.of(number);

        assertThat(reference.sector()).isEqualTo(sector);
        assertThat(reference.subsectorNumber()).isEqualTo(subsector);
        assertThat(reference.scope()).isEqualTo(scope);
        assertThat(reference.level()).isEqualTo(level);
    }

    @Test
    void keepsSubcategoriesApartThatShareASubsectorName() {
        assertThat(gpc.of("I.1.1").subsector()).isEqualTo("Residential buildings");
        assertThat(gpc.of("I.2.1").subsector()).isEqualTo("Commercial and institutional buildings and facilities");
        assertThat(gpc.of("I.1.1").subcategory()).isEqualTo(gpc.of("I.2.1").subcategory());
        assertThat(gpc.of("I.1.1")).isNotEqualTo(gpc.of("I.2.1"));
        assertThat(gpc.of("IV.1").subcategory()).isNull();
        assertThat(gpc.inSector(GpcSector.WASTE)).hasSize(12);
    }

    @Test
    void rejectsNumbersGpcDoesNotHave() {
        assertThat(gpc.find("I.9.9")).isEmpty();
        assertThatThrownBy(() -> gpc.of("I.9.9")).isInstanceOf(ClimateCityException.class)
                .hasMessage("GPC reference number must be one of GPC 1.1 such as 'I.1.1', was 'I.9.9'");
    }

    @Test
    void tellsWhichLevelsAnInventoryMustInclude() {
        assertThat(GpcReportingLevel.BASIC.requiredIn(GpcReportingLevel.BASIC)).isTrue();
        assertThat(GpcReportingLevel.BASIC.requiredIn(GpcReportingLevel.BASIC_PLUS)).isTrue();
        assertThat(GpcReportingLevel.BASIC_PLUS.requiredIn(GpcReportingLevel.BASIC)).isFalse();
        assertThat(GpcReportingLevel.BASIC_PLUS.requiredIn(GpcReportingLevel.BASIC_PLUS)).isTrue();
        assertThat(GpcReportingLevel.TERRITORIAL.requiredIn(GpcReportingLevel.BASIC_PLUS)).isFalse();
    }
}
