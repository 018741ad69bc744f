package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaVersionTest {

    @ParameterizedTest
    @CsvSource({"1.0, true", "1.1, true", "1.25, true", "2.0, false", "0.9, false", "1, false", "1.0.0, false",
        "01.0, false", "1., false", ".1, false", "a.b, false", "99999999999.0, false"})
    void readsEveryMinorVersionOfMajorOne(String version, boolean supported) {
        assertThat(SchemaVersion.isSupported(version)).isEqualTo(supported);
    }
}
