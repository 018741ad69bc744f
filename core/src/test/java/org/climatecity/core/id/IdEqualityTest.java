package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ids' written-out equals and hashCode behave as a record's would, hash codes included. */
class IdEqualityTest {

    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of(LocalId.of("borlange-plan"), LocalId.of("borlange-plan"), LocalId.of("avesta-plan"),
                        "borlange-plan".hashCode()),
                Arguments.of(ActorId.of("borlange"), ActorId.of("borlange"), ActorId.of("avesta"),
                        "borlange".hashCode()),
                Arguments.of(MunicipalityCode.parse("2081"), MunicipalityCode.parse("2081"),
                        MunicipalityCode.parse("2084"), "2081".hashCode()),
                Arguments.of(CountyCode.parse("20"), CountyCode.parse("20"), CountyCode.parse("21"), "20".hashCode()),
                Arguments.of(CountryCode.parse("SE"), CountryCode.parse("SE"), CountryCode.parse("FI"),
                        "SE".hashCode()),
                Arguments.of(Identifier.parse("wikidata:Q208446"), Identifier.parse("wikidata:Q208446"),
                        Identifier.parse("wikidata:Q1"), 31 * "wikidata".hashCode() + "Q208446".hashCode()),
                Arguments.of(Identifier.parse("wikidata:Q208446"), Identifier.parse("wikidata:Q208446"),
                        Identifier.parse("cdp:Q208446"), 31 * "wikidata".hashCode() + "Q208446".hashCode()));
    }

    @ParameterizedTest
    @MethodSource("ids")
    void equalByValueWithTheHashCodeOfARecord(Object id, Object same, Object other, int hash) {
        assertThat(id).isEqualTo(id).isEqualTo(same).isNotSameAs(same).isNotEqualTo(other).isNotEqualTo(null)
                .isNotEqualTo(id.toString());
        assertThat(id.hashCode()).isEqualTo(same.hashCode()).isEqualTo(hash);
    }
}
