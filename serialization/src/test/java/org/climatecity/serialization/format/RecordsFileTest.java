package org.climatecity.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import org.climatecity.core.time.DateRange;
import org.climatecity.serialization.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The records' part of the format declaration, kept as text so that a start need not resolve its method references. */
class RecordsFileTest {

    private static final ModelFormat DECLARED = ModelFormat.declared();

    @Test
    void fileSaysWhatTheDeclarationSays() throws IOException {
        GoldenFiles.check("src/main/resources/org/climatecity/serialization/format/" + ModelFormat.RECORDS_FILE,
                DECLARED.recordsText());
    }

    @Test
    void formatInUseReadsItsRecordsFromTheFileAndAgreesWithTheDeclarationOnEveryComponent() {
        assertThat(ModelFormat.V1.recordsFromFile()).isTrue();
        assertThat(DECLARED.recordsFromFile()).isFalse();
        assertThat(ModelFormat.V1.declaredRecords().keySet())
                .containsExactlyElementsOf(DECLARED.declaredRecords().keySet());
        for (Class<?> type : DECLARED.declaredRecords().keySet()) {
            RecordFormat<?> read = ModelFormat.V1.recordFormat(type);
            RecordFormat<?> declared = DECLARED.recordFormat(type);
            assertThat(read.isLocated()).as("%s located", type).isEqualTo(declared.isLocated());
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                assertThat(read.isOptional(name)).as("%s.%s optional", type, name).isEqualTo(declared.isOptional(name));
                assertThat(read.minimumSize(name)).as("%s.%s size", type, name).isEqualTo(declared.minimumSize(name));
                assertThat(read.range(name)).as("%s.%s range", type, name).isEqualTo(declared.range(name));
            }
        }
    }

    @Test
    void lineOfARecordTellsEverythingSortedAndReadsBack() {
        String line = DECLARED.recordFormat(DateRange.class).line();
        assertThat(line).isEqualTo("org.climatecity.core.time.DateRange unlocated optional=end sizes=- ranges=-");
        assertThat(RecordFormat.parse(line, getClass().getClassLoader()).line()).isEqualTo(line);
        String municipality = DECLARED.recordFormat(org.climatecity.core.actor.Municipality.class).line();
        assertThat(municipality).isEqualTo("org.climatecity.core.actor.Municipality located"
                + " optional=areaKm2,location,partOf sizes=- ranges=areaKm2:0.0:true:NaN");
        assertThat(RecordFormat.parse(municipality, getClass().getClassLoader()).range("areaKm2"))
                .isEqualTo(Range.above(0, Double.NaN));
    }

    @Test
    void aLineThatNoLongerFitsTheModelIsRejectedWithWhatIsWrong() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> RecordFormat.parse(
                "org.climatecity.core.time.DateRange unlocated optional=until sizes=- ranges=-", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("until is not a component of org.climatecity.core.time.DateRange");
        assertThatThrownBy(() -> RecordFormat.parse(
                "org.climatecity.core.time.Gone unlocated optional=- sizes=- ranges=-", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("record format line names no class:");
        assertThatThrownBy(() -> RecordFormat.parse("org.climatecity.core.time.DateRange unlocated", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed record format line: org.climatecity.core.time.DateRange unlocated");
        assertThatThrownBy(() -> RecordFormat.parse(
                "org.climatecity.core.time.YearRange located optional=- sizes=- ranges=first:1900", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed range 'first:1900'");
        assertThatThrownBy(() -> RecordFormat.parse(
                "org.climatecity.core.pilot.ScalingPlan located optional=- sizes=stages ranges=-", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed size 'stages'");
    }
}
