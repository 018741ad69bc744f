package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.climatecity.serialization.format.ModelFormat;
import org.junit.jupiter.api.Test;

/** The reader takes exactly the dates that the JSON Schema's pattern allows and that exist in the calendar. */
class DateFormatTest {

    private static final ClimateCityDocuments DOCUMENTS = ClimateCityDocuments.builder().validate(false).build();
    private static final Pattern SCHEMA = Pattern.compile(ModelFormat.DATE);

    private static boolean readerTakes(String date) {
        try {
            DOCUMENTS.read(InvalidDocumentsTest.change("'since': '2024-12-01'", "'since': '" + date + "'"));
            return true;
        } catch (DocumentReadException e) {
            assertThat(e.problems()).singleElement().satisfies(
                    p -> assertThat(p.pointer()).isEqualTo("/initiatives/0/twinPairings/0/since"));
            return false;
        }
    }

    /** The oracle: the schema's pattern, then the calendar of {@code java.time}. */
    private static boolean valid(String date) {
        if (!SCHEMA.matcher(date).matches()) {
            return false;
        }
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheSchemaAndTheCalendar() {
        List<String> dates = new ArrayList<>(List.of("2024-12-01", "0001-01-01", "9999-12-31", "0000-01-01",
                "+10000-01-01", "-2024-01-01", "+2024-01-01", "2024-1-01", "2024-01-1", "2024/01/01", "20240101",
                "2024-02-29", "2023-02-29", "2024-04-31", "2024-00-10", "2024-13-01", "2024-12-00", "2024-12-32",
                " 2024-12-01", "2024-12-01 ", "２０２４-12-01", "2024-12-01T00:00", ""));
        Random random = new Random(12);
        String alphabet = "0123456789-+ ";
        for (int i = 0; i < 1500; i++) {
            String year = String.format("%04d", random.nextInt(10_000));
            String month = String.format("%02d", random.nextInt(14));
            String day = String.format("%02d", random.nextInt(33));
            StringBuilder date = new StringBuilder(year + "-" + month + "-" + day);
            if (random.nextInt(4) == 0) {
                date.setCharAt(random.nextInt(date.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            dates.add(date.toString());
        }
        for (String date : dates) {
            assertThat(readerTakes(date)).as("'%s'", date).isEqualTo(valid(date));
        }
    }
}
