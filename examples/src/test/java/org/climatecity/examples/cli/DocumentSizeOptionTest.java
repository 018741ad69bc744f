package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DocumentSizeOptionTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {"1024 => 1024", "67108864 => 67108864",
        "64MiB => 67108864", "64 MiB => 67108864", "512kib => 524288", "1GiB => 1073741824", "3gib => 3221225472",
        "\" 2GiB \" => 2147483648"})
    void readsBytesOrKibMibGib(String text, long bytes) {
        assertThat(DocumentSizeOption.parseSize(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {"1GB => '1GB' is not a size",
        "MiB => 'MiB' is not a size", "-5 => '-5' is not a size", "1.5GiB => '1.5GiB' is not a size",
        "\"\" => '' is not a size",
        "1023 => '1023' is too small", "0KiB => '0KiB' is too small",
        "9999999999999GiB => '9999999999999GiB' is too large a size",
        "9999999999999999999 => '9999999999999999999' is not a size"})
    void rejectsWhatIsNoSize(String text, String message) {
        assertThatThrownBy(() -> DocumentSizeOption.parseSize(text))
                .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageStartingWith(message);
    }
}
