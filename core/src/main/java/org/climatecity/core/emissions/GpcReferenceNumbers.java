package org.climatecity.core.emissions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * The 53 reference numbers of the GHG Protocol GPC 1.1, embedded in this library (see the {@code ATTRIBUTION.txt}
 * beside the table): from a number such as {@code I.2.1} follow its sector, subsector, scope and reporting level,
 * so an inventory entry needs to give only the number.
 *
 * <p>Immutable and thread-safe; loaded once, on first use.
 *
 * @since 0.1.0
 */
public final class GpcReferenceNumbers {

    private static final String RESOURCE = "gpc-1.1-reference-numbers.tsv";

    private static final class Holder {
        static final GpcReferenceNumbers INSTANCE = load();
    }

    private final Map<String, GpcReference> byNumber;

    private GpcReferenceNumbers(Map<String, GpcReference> byNumber) {
        this.byNumber = Collections.unmodifiableMap(byNumber);
    }

    /**
     * Returns the GPC 1.1 table.
     *
     * @return the table
     */
    public static GpcReferenceNumbers get() {
        return Holder.INSTANCE;
    }

    /**
     * Finds a reference number.
     *
     * @param number the number, such as {@code I.1.1}, not null
     * @return the reference, or empty when GPC 1.1 has no such number
     */
    public Optional<GpcReference> find(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /**
     * Returns a reference number.
     *
     * @param number the number, such as {@code I.1.1}, not null
     * @return the reference
     * @throws ClimateCityException if GPC 1.1 has no such number
     */
    public GpcReference of(String number) {
        GpcReference reference = byNumber.get(number);
        if (reference == null) {
            throw new ClimateCityException("GPC reference number must be one of GPC 1.1 such as 'I.1.1', was '"
                    + Texts.abbreviate(String.valueOf(number)) + "'");
        }
        return reference;
    }

    /**
     * Returns every reference number, in the standard's order.
     *
     * @return the references, unmodifiable
     */
    public List<GpcReference> all() {
        return List.copyOf(byNumber.values());
    }

    /**
     * Returns the reference numbers of a sector, in the standard's order.
     *
     * @param sector the sector, not null
     * @return the references
     */
    public List<GpcReference> inSector(GpcSector sector) {
        return byNumber.values().stream().filter(r -> r.sector() == sector).toList();
    }

    private static GpcReferenceNumbers load() {
        Map<String, GpcReference> references = new LinkedHashMap<>();
        try (InputStream in = GpcReferenceNumbers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("embedded GPC table missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            List<String> bad = new ArrayList<>();
            while ((line = reader.readLine()) != null) {
                String[] row = line.split("\t", -1);
                if (row.length != 8) {
                    bad.add(line);
                    continue;
                }
                GpcReference reference = new GpcReference(row[0], sector(row[1]), row[3], row[4],
                        row[5].isEmpty() ? null : row[5], GhgScope.values()[Integer.parseInt(row[6]) - 1],
                        GpcReportingLevel.parse(row[7]));
                references.put(reference.number(), reference);
            }
            if (!bad.isEmpty()) {
                throw new IllegalStateException("embedded GPC table is corrupt: " + bad);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded GPC table", e);
        }
        return new GpcReferenceNumbers(references);
    }

    private static GpcSector sector(String roman) {
        return switch (roman) {
            case "I" -> GpcSector.STATIONARY_ENERGY;
            case "II" -> GpcSector.TRANSPORTATION;
            case "III" -> GpcSector.WASTE;
            case "IV" -> GpcSector.IPPU;
            case "V" -> GpcSector.AFOLU;
            case "VI" -> GpcSector.OTHER_SCOPE_3;
            default -> throw new IllegalStateException("unknown GPC sector '" + roman + "'");
        };
    }
}
