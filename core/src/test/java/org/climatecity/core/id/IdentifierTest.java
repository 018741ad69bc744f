package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "locode:SE BOS|locode|SE BOS|SE",
        "locode:BR RIO|locode|BR RIO|BR",
        "lau:SE:2081|lau|SE:2081|SE",
        "lau:DE:09162000|lau|DE:09162000|DE",
        "nuts:SE312|nuts|SE312|SE",
        "nuts:EL301|nuts|EL301|GR",
        "iso3166-1:SE|iso3166-1|SE|SE",
        "iso3166-2:SE-W|iso3166-2|SE-W|SE",
        "se-kommun:2081|se-kommun|2081|SE",
        "se-lan:20|se-lan|20|SE",
        "se-orgnr:556016-3429|se-orgnr|556016-3429|SE",
        "vat:SE556016342901|vat|SE556016342901|SE",
        "vat:DE129273398|vat|DE129273398|DE",
        "vat:EL094014201|vat|EL094014201|GR",
        "vat:ATU13585627|vat|ATU13585627|AT",
        "vat:NL004495445B01|vat|NL004495445B01|NL",
        "vat:FR40303265045|vat|FR40303265045|FR",
        "vat:ESA28015865|vat|ESA28015865|ES",
        "vat:IE6388047V|vat|IE6388047V|IE",
    })
    void readsTheCheckedNamespacesAndTheCountryTheyImply(String text, String namespace, String value, String country) {
        Identifier id = Identifier.parse(text);

        assertThat(id.namespace()).isEqualTo(namespace);
        assertThat(id.value()).isEqualTo(value);
        assertThat(id.isChecked()).isTrue();
        assertThat(id.country()).contains(CountryCode.of(country));
        assertThat(Identifier.parse(id.toString())).isEqualTo(id).hasToString(text);
    }

    @Test
    void keepsOpenNamespacesAsGiven() {
        Identifier cdp = Identifier.parse("cdp:35860");
        Identifier wikidata = Identifier.parse("wikidata:Q208446");

        assertThat(cdp.isChecked()).isFalse();
        assertThat(cdp.country()).isEmpty();
        assertThat(wikidata.isChecked()).isTrue();
        assertThat(wikidata.country()).isEmpty();
        assertThat(Identifier.of("opcl-actor", "DE MUC 2")).hasToString("opcl-actor:DE MUC 2");
    }

    @Test
    void checksLegalEntityIdentifiersByTheirCheckDigitsAndImpliesNoCountry() {
        // check digits computed here by ISO 7064 MOD 97-10, as ISO 17442 prescribes: 98 - (base + "00") mod 97
        Identifier lei = Identifier.parse("lei:5299000TESTLEI00AB73");

        assertThat(lei.isChecked()).isTrue();
        assertThat(lei.country()).isEmpty();
        assertThat(Identifier.parse(lei.toString())).isEqualTo(lei);
    }

    @Test
    void readsASwedishOrganisationNumberWithoutItsHyphenInCanonicalForm() {
        assertThat(Identifier.parse("se-orgnr:5560163429")).hasToString("se-orgnr:556016-3429");
        assertThat(Identifier.of(OrganisationNumber.parse("556016-3429"))).hasToString("se-orgnr:556016-3429");
    }

    @Test
    void obtainsIdentifiersFromCodes() {
        assertThat(Identifier.of(MunicipalityCode.of("2081"))).hasToString("se-kommun:2081");
        assertThat(Identifier.of(CountyCode.of("20"))).hasToString("se-lan:20");
        assertThat(Identifier.of(CountryCode.SWEDEN)).hasToString("iso3166-1:SE");
        assertThat(Identifier.of(LauCode.parse("SE:2081"))).hasToString("lau:SE:2081");
        assertThat(Identifier.of(NutsCode.of("SE312"))).hasToString("nuts:SE312");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SE BOS|identifier must be written namespace:value such as 'lau:SE:2081', was 'SE BOS'",
        "LAU:SE:2081|identifier namespace must be a lowercase slug of at most 32 characters such as 'lau', was 'LAU'",
        "locode:SEBOS|locode identifier must be two letters, a space and three letters or digits 2-9 such as 'SE BOS',"
                + " was 'SEBOS'",
        "locode:XX BOS|country code must be an assigned ISO 3166-1 alpha-2 code such as 'SE', was 'XX'",
        "se-kommun:208|municipality code must be 4 digits, was '208'",
        "iso3166-2:SE_W|iso3166-2 identifier must be a country code, a hyphen and 1 to 3 letters or digits such as"
                + " 'SE-W', was 'SE_W'",
        "wikidata:208446|wikidata identifier must be Q and digits such as 'Q208446', was '208446'",
        "lei:5299000TESTLEI00AB7|lei identifier must be 20 characters: 18 capital letters or digits and 2 check digits,"
                + " was '5299000TESTLEI00AB7'",
        "lei:5299000testlei00ab73|lei identifier must be 20 characters: 18 capital letters or digits and 2 check"
                + " digits, was '5299000testlei00ab73'",
        "lei:5299000TESTLEI00ABXY|lei identifier must be 20 characters: 18 capital letters or digits and 2 check"
                + " digits, was '5299000TESTLEI00ABXY'",
        "lei:5299000TESTLEI00AB74|lei identifier must be valid by its ISO 7064 MOD 97-10 check digits, was"
                + " '5299000TESTLEI00AB74'",
        "lei:5299000TESTLEI00BA73|lei identifier must be valid by its ISO 7064 MOD 97-10 check digits, was"
                + " '5299000TESTLEI00BA73'",
        "vat:GR094014201|vat identifier must be the prefix of an EU member state (EL for Greece) and the number without"
                + " spaces, such as 'SE556016342901', was 'GR094014201'",
        "vat:NO123456789|vat identifier must be the prefix of an EU member state (EL for Greece) and the number without"
                + " spaces, such as 'SE556016342901', was 'NO123456789'",
        "vat:se556016342901|vat identifier must be the prefix of an EU member state (EL for Greece) and the number"
                + " without spaces, such as 'SE556016342901', was 'se556016342901'",
        "vat:DE 129273398|vat identifier must be DE and 9 digits, was 'DE 129273398'",
        "vat:DE12927339|vat identifier must be DE and 9 digits, was 'DE12927339'",
        "vat:SE5560163429|vat identifier must be SE and 12 digits ending in 01, was 'SE5560163429'",
        "vat:AT13585627|vat identifier must be AT and U and 8 digits, was 'AT13585627'",
        "vat:NL004495445A01|vat identifier must be NL and 9 digits, B and 2 digits, was 'NL004495445A01'",
        "se-orgnr:556016-3428|organisation number must end in a valid Luhn check digit, was '556016-3428'",
        "se-orgnr:55601634|organisation number must be 10 digits, was '55601634'",
    })
    void rejectsMalformedIdentifiersWithTheRule(String text, String message) {
        assertThatThrownBy(() -> Identifier.parse(text)).isInstanceOf(ClimateCityException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsBlankValuesAndControlCharactersInOpenNamespaces() {
        assertThatThrownBy(() -> Identifier.of("cdp", " ")).isInstanceOf(ClimateCityException.class)
                .hasMessage("cdp identifier must be not blank, at most 200 characters, without control characters,"
                        + " was ' '");
        assertThatThrownBy(() -> Identifier.of("cdp", "35\u001b860")).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("cdp identifier must be not blank");
        assertThatThrownBy(() -> Identifier.of("cdp", "x".repeat(201))).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("cdp identifier must be not blank");
    }

    @Test
    void ordersByNamespaceThenValue() {
        assertThat(Identifier.parse("lau:SE:2081")).isLessThan(Identifier.parse("locode:SE BOS"));
        assertThat(Identifier.parse("se-kommun:2081")).isLessThan(Identifier.parse("se-kommun:2084"));
    }

    /** A value the constructor accepts matches its namespace's pattern; one that does not match is rejected. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "locode|SE BOS|true", "locode|FR L1O|false", "iso3166-2|SE-W|true", "iso3166-2|SE-WXYZ|false",
        "wikidata|Q208446|true", "wikidata|Q0|false", "lei|5493001KJTIIGC8Y1R12|true", "lei|5493001KJTIIGC8Y1R1|false",
        "vat|SE556016342901|true", "vat|SE5560163429|false", "vat|ATU12345678|true", "vat|AT12345678|false",
        "vat|NL123456789B01|true", "vat|EL123456789|true", "vat|GR123456789|false", "vat|LT123456789012|true",
        "se-orgnr|556016-3429|true", "se-orgnr|5560163429|true", "se-orgnr|55601-63429|false",
        "se-orgnr|556016-342|false"})
    void valuePatternAgreesWithTheConstructor(String namespace, String value, boolean valid) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                Identifier.valuePattern(namespace).orElseThrow());
        assertThat(pattern.matcher(value).matches()).as("%s:%s matches", namespace, value).isEqualTo(valid);
        if (valid) {
            assertThat(Identifier.of(namespace, value).namespace()).isEqualTo(namespace);
        } else {
            assertThatThrownBy(() -> Identifier.of(namespace, value)).isInstanceOf(ClimateCityException.class)
                    .hasMessageStartingWith(namespace.equals("se-orgnr") ? "organisation number" : namespace);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"lau", "nuts", "iso3166-1", "se-kommun", "se-lan", "cdp"})
    void namespacesCheckedByTheirOwnTypeOrKeptAsGivenHaveNoPattern(String namespace) {
        assertThat(Identifier.valuePattern(namespace)).isEmpty();
    }
}
