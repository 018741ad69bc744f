package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.calc.GapAnalysis;
import org.climatecity.core.calc.GapYear;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.TrendMethod;
import org.climatecity.core.calc.YearValue;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.pilot.AdoptionCurve;
import org.climatecity.core.targets.TargetKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The codec table agrees with the model it describes. */
class ModelCodecsTest {

    @Test
    void optionalComponentsAreExactlyTheNullableOnes() {
        Set<String> nullable = new HashSet<>();
        for (Map.Entry<Class<?>, Codec<?>> entry : ModelCodecs.INSTANCE.all().entrySet()) {
            if (entry.getKey().isRecord() && entry.getValue() instanceof RecordCodec<?>) {
                for (RecordComponent component : entry.getKey().getRecordComponents()) {
                    if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                        nullable.add(entry.getKey().getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(nullable).containsExactlyInAnyOrderElementsOf(ModelCodecs.OPTIONAL);
    }

    @Test
    void typeNamesAreTheModelsOwn() {
        assertThat(ModelCodecs.INSTANCE.targetKind.typeName(TargetKind.NetZero.class))
                .isEqualTo(new TargetKind.NetZero(0).typeName());
        assertThat(ModelCodecs.INSTANCE.targetKind.typeName(TargetKind.PerCapitaIntensity.class))
                .isEqualTo(new TargetKind.PerCapitaIntensity(1).typeName());
        assertThat(ModelCodecs.INSTANCE.adoptionCurve.typeName(AdoptionCurve.Logistic.class))
                .isEqualTo(new AdoptionCurve.Logistic(5, 1).typeName());
        assertThat(ModelCodecs.INSTANCE.adoptionCurve.typeName(AdoptionCurve.Step.class))
                .isEqualTo(new AdoptionCurve.Step(0).typeName());
        assertThat(ModelCodecs.INSTANCE.targetKind.typeNames()).hasSize(6);
    }

    @Test
    void nonEmptyListsAreRequired() {
        RecordCodec<?> initiative = ModelCodecs.INSTANCE.recordCodec(org.climatecity.core.programme.Initiative.class);
        assertThat(initiative.property("scopes").presence).isEqualTo(RecordCodec.Presence.REQUIRED);
        assertThat(initiative.property("pilots").presence).isEqualTo(RecordCodec.Presence.OMIT_EMPTY);
    }

    @Test
    void calculationResultsAreWrittenAndReadBackByTheModule() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        GapAnalysis gap = new GapAnalysis(java.util.List.of(new GapYear(2030, 0, 100.5, 20, 80.5)));
        String json = mapper.writeValueAsString(gap);
        assertThat(json).isEqualTo("{\"years\":[{\"year\":2030,\"target\":0.0,\"trend\":100.5,"
                + "\"actionEffect\":20.0,\"trendWithActions\":80.5}]}");
        assertThat(mapper.readValue(json, GapAnalysis.class)).isEqualTo(gap);

        YearlySeries series = YearlySeries.of(java.util.List.of(new YearValue(2020, 1.5), new YearValue(2021, 2)));
        String seriesJson = mapper.writeValueAsString(series);
        assertThat(seriesJson).isEqualTo("[{\"year\":2020,\"value\":1.5},{\"year\":2021,\"value\":2.0}]");
        assertThat(mapper.readValue(seriesJson, YearlySeries.class).points()).isEqualTo(series.points());
        assertThat(mapper.writeValueAsString(TrendMethod.values()[0])).startsWith("\"").doesNotContain("_");
        assertThat(Trend.class.isRecord()).isTrue();
    }
}
