package org.climatecity.core.calc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Borlänge's (2081) territorial emissions per sector from the Swedish national emissions database as compiled by
 * Klimatkollen (the rows of {@code se-municipal-ghg-by-sector.csv} for 2081), summed over sectors per year.
 */
final class BorlangeData {

    private BorlangeData() {
    }

    static YearlySeries totals() {
        YearlySeries.Builder builder = YearlySeries.builder();
        try (InputStream in = BorlangeData.class.getResourceAsStream("borlange-2081-ghg-by-sector.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(",");
                builder.add(Integer.parseInt(fields[1]), Double.parseDouble(fields[fields.length - 1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }
}
