package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @CsvSource({"556016-3429,5560163429", "5560163429,5560163429", "212000-2205,2120002205",
        "202100-2932,2021002932"})
    void parsesWithOrWithoutHyphenAndWritesTheHyphenatedForm(String text, String digits) {
        OrganisationNumber number = OrganisationNumber.parse(text);

        assertThat(number.digits()).isEqualTo(digits);
        assertThat(number.toString()).isEqualTo(digits.substring(0, 6) + "-" + digits.substring(6));
        assertThat(OrganisationNumber.parse(number.toString())).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5560163428", "5560163420", "2120002204", "1234567890"})
    void rejectsAWrongLuhnCheckDigit(String digits) {
        assertThatThrownBy(() -> new OrganisationNumber(digits)).isInstanceOf(ClimateCityException.class)
                .hasMessage("organisation number must end in a valid Luhn check digit, was '"
                        + digits.substring(0, 6) + "-" + digits.substring(6) + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"556016342", "55601634299", "556016-342", "55601x3429", "556016 3429"})
    void rejectsValuesThatAreNotTenDigits(String value) {
        assertThatThrownBy(() -> OrganisationNumber.parse(value)).isInstanceOf(ClimateCityException.class)
                .hasMessageStartingWith("organisation number must be 10 digits, was '");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> OrganisationNumber.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("organisation number must not be null");
        assertThatThrownBy(() -> new OrganisationNumber(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("organisation number must be 10 digits, was 'null'");
    }

    @Test
    void acceptsExactlyOneCheckDigitPerNineDigitPrefix() {
        // oracle: the Luhn check digit computed from the right, as the standard states it
        Random random = new Random(20241201);
        for (int n = 0; n < 500; n++) {
            String prefix = String.format("%09d", random.nextInt(1_000_000_000));
            int valid = 0;
            for (int check = 0; check <= 9; check++) {
                boolean accepted = OrganisationNumber.luhnValid(prefix + check);
                assertThat(accepted).isEqualTo(check == luhnCheckDigit(prefix));
                valid += accepted ? 1 : 0;
            }
            assertThat(valid).isEqualTo(1);
        }
    }

    private static int luhnCheckDigit(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
