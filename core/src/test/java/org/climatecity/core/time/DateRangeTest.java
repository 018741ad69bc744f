package org.climatecity.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate EXPANSION = LocalDate.of(2024, 12, 1);

    @ParameterizedTest
    @CsvSource({"2020-12-31,false", "2021-01-01,true", "2024-11-30,true", "2024-12-01,false", "2030-01-01,false"})
    void containsItsStartButNotItsEnd(LocalDate date, boolean contained) {
        assertThat(DateRange.of(START, EXPANSION).contains(date)).isEqualTo(contained);
    }

    @Test
    void containsEveryDateFromTheStartWhenOpen() {
        DateRange open = DateRange.from(EXPANSION);

        assertThat(open.contains(LocalDate.of(2024, 11, 30))).isFalse();
        assertThat(open.contains(EXPANSION)).isTrue();
        assertThat(open.contains(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(open.endDate()).isEmpty();
        assertThat(open.end()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "open", value = {
        // a start, b end, c start, c end, overlap
        "2021-01-01,2024-12-01,2024-12-01,open,false",
        "2021-01-01,2024-12-01,2024-11-30,open,true",
        "2021-01-01,open,2030-01-01,open,true",
        "2021-01-01,2022-01-01,2023-01-01,2024-01-01,false",
        "2021-01-01,2025-01-01,2022-01-01,2023-01-01,true",
        "2024-01-01,open,2021-01-01,2024-01-01,false",
        "2024-01-01,open,2021-01-01,2024-01-02,true",
    })
    void overlapsWhenTheRangesShareADate(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd,
            boolean overlap) {
        DateRange a = new DateRange(aStart, aEnd);
        DateRange b = new DateRange(bStart, bEnd);

        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
    }

    @Test
    void closesACopyWithAnEnd() {
        DateRange closed = DateRange.from(START).withEnd(EXPANSION);

        assertThat(closed).isEqualTo(DateRange.of(START, EXPANSION));
        assertThat(closed.endDate()).contains(EXPANSION);
    }

    @Test
    void rejectsAnEndOnOrBeforeTheStart() {
        assertThatThrownBy(() -> DateRange.of(EXPANSION, EXPANSION)).isInstanceOf(ClimateCityException.class)
                .hasMessage("date range end must be after its start 2024-12-01, was 2024-12-01");
        assertThatThrownBy(() -> DateRange.of(EXPANSION, START)).isInstanceOf(ClimateCityException.class)
                .hasMessage("date range end must be after its start 2024-12-01, was 2021-01-01");
    }

    @Test
    void rejectsMissingDates() {
        assertThatThrownBy(() -> DateRange.from(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("date range start must not be null");
        assertThatThrownBy(() -> DateRange.of(START, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("date range end must not be null");
    }

    @Test
    void rejectsDatesOutsideTheYearsIso8601CalendarDatesWrite() {
        assertThatThrownBy(() -> DateRange.from(java.time.LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(org.climatecity.core.ClimateCityException.class)
                .hasMessage("date range start must be in the years 0001 to 9999, was +10000-01-01");
        assertThatThrownBy(() -> DateRange.from(java.time.LocalDate.of(0, 1, 1)))
                .isInstanceOf(org.climatecity.core.ClimateCityException.class)
                .hasMessage("date range start must be in the years 0001 to 9999, was 0000-01-01");
        assertThatThrownBy(() -> org.climatecity.core.programme.TwinPairing.of(
                org.climatecity.core.id.ActorId.of("a"), org.climatecity.core.id.ActorId.of("b"),
                java.time.LocalDate.of(-1, 1, 1))).isInstanceOf(org.climatecity.core.ClimateCityException.class)
                .hasMessage("pairing date must be in the years 0001 to 9999, was -0001-01-01");
        assertThat(DateRange.of(java.time.LocalDate.of(1, 1, 1), java.time.LocalDate.of(9999, 12, 31))).isNotNull();
    }
}
