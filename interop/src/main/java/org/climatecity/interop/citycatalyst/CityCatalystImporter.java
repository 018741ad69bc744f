package org.climatecity.interop.citycatalyst;

import static org.climatecity.interop.citycatalyst.CityCatalystColumns.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.ActivityData;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionFactor;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.Gas;
import org.climatecity.core.emissions.GasAmount;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.GasCoverage;
import org.climatecity.core.emissions.GpcReference;
import org.climatecity.core.emissions.GpcReferenceNumbers;
import org.climatecity.core.emissions.GpcReportingLevel;
import org.climatecity.core.emissions.GpcSubcategory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.NotationKey;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.Texts;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportLimits;
import org.climatecity.interop.ImportResult;
import org.climatecity.interop.TonnesBalance;
import org.climatecity.interop.internal.CsvTable;
import org.climatecity.interop.internal.DocumentCheck;
import org.climatecity.interop.internal.Numbers;
import org.climatecity.interop.internal.Places;
import org.climatecity.interop.internal.Reporter;
import org.jspecify.annotations.Nullable;

/**
 * Reads CityCatalyst inventory exports, one GHG inventory of one city and year per file named
 * {@code inventory-<LOCODE>-<year>.csv} (such as {@code inventory-BR RIO-2022.csv}), into a document of the city and
 * its inventory.
 *
 * <p>Columns are read by header name in any order (see {@link CityCatalystColumns}); only
 * {@code GPC Reference Number}, {@code Notation Key} and {@code Total Emissions} are required. Fields may be quoted;
 * the file is UTF-8 with or without a byte-order mark. Each row becomes an {@link InventoryEntry} of its GPC
 * subcategory, and the file an {@link EmissionsInventory} of the city (actor id from the LOCODE, {@code br-rio}, a
 * {@link Municipality} with the identifier {@code locode:BR RIO}), reported through CityCatalyst, of all greenhouse
 * gases in CO2e with the GWP set not stated, with boundary GPC basic, or basic+ when a row has a figure for a
 * reference number beyond basic.
 *
 * <p>Every row that gives its own tonnes is kept, with its {@code Inventory Reference} as the entry's publisher id
 * (several rows of one value share it). The import balances the tonnes of each file: the sum of the rows' totals
 * read, and the sum in the document ({@link ImportResult#balances()}); a row left out is reported with its line and
 * the tonnes it held.
 *
 * <p>What the model cannot take over as given is reported, with its line and one of these codes:
 * {@code missing-reference-number}, {@code unknown-reference-number}, {@code bad-number}, {@code missing-value},
 * {@code bad-notation-key}, {@code unknown-unit}, {@code duplicate-row} (a row without {@code Inventory Reference}
 * that repeats another without one in reference number, activity type and source) (these drop the row);
 * {@code incomplete-activity}, {@code missing-factor-unit}, {@code factor-unit-without-factor},
 * {@code extra-fields} (these drop a value of the row); {@code figure-and-notation-key} (the key is dropped),
 * {@code converted-unit} (kg converted to t), {@code assumed-unit} (a total without unit taken as t CO2e),
 * {@code renamed-subsector} (a subsector named otherwise than in GPC 1.1, implied by the reference number),
 * {@code non-gpc-notation-key} (kept as given), {@code assumed-source-name}, {@code gases-do-not-sum},
 * {@code gases-without-total} (inconsistent, kept); and for the whole file {@code dropped-column} (a column the
 * format does not have), {@code assumed-inventory-basis}, {@code name-from-locode} and {@code unassigned-country} (a
 * LOCODE whose country is not an assigned ISO 3166-1 code: the city becomes a {@link Territory} without a country, of
 * kind country group, the only kind the model allows without one, identified as
 * {@value CityCatalystColumns#UNASSIGNED_LOCODE}).
 *
 * <p>The class is thread-safe.
 *
 * @since 0.1.0
 */
public final class CityCatalystImporter {

    /** The file name of an export: {@code inventory-<LOCODE>-<year>.csv}. */
    public static final Pattern FILE_NAME = Pattern.compile("inventory-([A-Z]{2} [A-Z2-9]{3})-(\\d{4})\\.csv");

    private static final Map<String, Gas> FACTOR_COLUMNS = linked(FACTOR_CO2, Gas.CO2, FACTOR_CH4, Gas.CH4,
            FACTOR_N2O, Gas.N2O);
    private static final Map<String, Gas> GAS_COLUMNS = linked(CO2, Gas.CO2, CH4, Gas.CH4, N2O, Gas.N2O);
    /** Per-gas values may differ from the total by rounding: half a kilogram, or a millionth of the total. */
    private static final double SUM_TOLERANCE_KG = 0.5;

    /**
     * The default limits: files up to 64 MiB, fields up to 1,000,000 characters and up to 100,000 data rows in one
     * table. Raise them with {@link ImportLimits}'s {@code withXxx} methods for larger files.
     *
     * @since 0.1.0
     */
    public static final ImportLimits DEFAULT_LIMITS = CsvTable.DEFAULT_LIMITS;

    private CityCatalystImporter() {
    }

    /**
     * Imports export files, each named {@code inventory-<LOCODE>-<year>.csv}, into one document.
     *
     * @param files the files, not null, at least one
     * @return the document and the report
     * @throws ImportException if a file is missing, a folder, misnamed, not CSV, lacks a required column or passes a
     *     limit of {@link #DEFAULT_LIMITS}
     */
    public static ImportResult read(List<Path> files) {
        return read(files, DEFAULT_LIMITS);
    }

    /**
     * Imports export files, each named {@code inventory-<LOCODE>-<year>.csv}, into one document, within limits.
     *
     * @param files the files, not null, at least one
     * @param limits the limits each file is read within, not null
     * @return the document and the report
     * @throws ImportException if a file is missing, a folder, misnamed, not CSV, lacks a required column or passes a
     *     limit, which the message names
     * @since 0.1.0
     */
    public static ImportResult read(List<Path> files, ImportLimits limits) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(limits, "limits");
        if (files.isEmpty()) {
            throw new ImportException("no CityCatalyst file given");
        }
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            Matcher matcher = FILE_NAME.matcher(name);
            if (!matcher.matches()) {
                throw new ImportException("cannot import " + file + ": a CityCatalyst export must be named"
                        + " inventory-<LOCODE>-<year>.csv such as 'inventory-BR RIO-2022.csv'; give the city and"
                        + " year for a file named otherwise");
            }
            results.add(read(file, matcher.group(1), Integer.parseInt(matcher.group(2)), limits));
        }
        return ImportResult.merge(results);
    }

    /**
     * Imports one export file of a city and year given by the caller, whatever its name.
     *
     * @param file the file, not null
     * @param locode the city's UN/LOCODE, such as {@code BR RIO}, not null
     * @param year the year
     * @return the document and the report
     * @throws ImportException if the file cannot be read or imported, passes a limit of {@link #DEFAULT_LIMITS}, or
     *     the LOCODE or year is malformed
     */
    public static ImportResult read(Path file, String locode, int year) {
        return read(file, locode, year, DEFAULT_LIMITS);
    }

    /**
     * Imports one export file of a city and year given by the caller, whatever its name, within limits.
     *
     * @param file the file, not null
     * @param locode the city's UN/LOCODE, such as {@code BR RIO}, not null
     * @param year the year
     * @param limits the limits the file is read within, not null
     * @return the document and the report
     * @throws ImportException if the file cannot be read or imported, passes a limit (the message names it), or the
     *     LOCODE or year is malformed
     * @since 0.1.0
     */
    public static ImportResult read(Path file, String locode, int year, ImportLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(locode, "locode");
        if (!locode.matches("[A-Z]{2} [A-Z2-9]{3}")) {
            throw new ImportException("city must be a UN/LOCODE of two letters, a space and three letters or digits"
                    + " 2-9 such as 'BR RIO', was '" + Texts.oneLine(locode) + "'");
        }
        if (year < 1900 || year > 2200) {
            throw new ImportException("inventory year must be from 1900 to 2200, was " + year);
        }
        String shown = String.valueOf(file.getFileName());
        CsvTable table = CsvTable.read(file, shown, limits);
        table.require(REQUIRED, "a CityCatalyst inventory export");
        return new FileImport(table, locode, year).run();
    }

    /** The import of one file. */
    private static final class FileImport {
        private final CsvTable table;
        private final String file;
        private final String locode;
        private final int year;
        private final Reporter report = new Reporter();
        private final Map<List<Object>, Integer> firstLineOfKey = new HashMap<>();
        private int line;
        private @Nullable BigDecimal rowTonnes;
        private BigDecimal read = BigDecimal.ZERO;

        FileImport(CsvTable table, String locode, int year) {
            this.table = table;
            this.file = table.file();
            this.locode = locode;
            this.year = year;
        }

        ImportResult run() {
            for (String column : table.header()) {
                if (!ALL.contains(column)) {
                    report.file(file, "dropped-column", "column '" + Texts.oneLine(column) + "' is not a column of"
                            + " CityCatalyst's export; its values are not kept");
                }
            }
            List<InventoryEntry> entries = new ArrayList<>();
            Map<Object, DocumentCheck.Origin> origins = new IdentityHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                line = row.line();
                rowTonnes = tonnesOf(row);
                if (rowTonnes != null) {
                    read = read.add(rowTonnes);
                }
                InventoryEntry entry = entry(row);
                if (entry != null) {
                    entries.add(entry);
                    origins.put(entry, new DocumentCheck.Origin(file, row.line()));
                }
            }
            boolean beyondBasic = entries.stream().anyMatch(entry -> entry.hasFigure()
                    && ((GpcSubcategory) entry.sector()).reference().level() != GpcReportingLevel.BASIC);
            Boundary boundary = beyondBasic ? Boundary.GPC_BASIC_PLUS : Boundary.GPC_BASIC;
            report.file(file, "assumed-inventory-basis", "the export states neither boundary nor GWP set: the"
                    + " inventory is taken as " + (beyondBasic ? "GPC basic+ (a row beyond basic has a figure)"
                            : "GPC basic") + ", of all greenhouse gases in CO2e, GWP set not stated");
            ActorId owner = Places.idOfLocode(locode);
            Actor city = city(owner);
            DataSource source = new DataSource(PUBLISHER, "CityCatalyst inventory export " + file, null, null, null,
                    null, null);
            EmissionsInventory inventory = new EmissionsInventory(owner, year, boundary,
                    new GasBasis(GasCoverage.ALL_GHG, null), Provenance.reported(source), null, entries);
            ProgrammeDocument document = DocumentCheck.valid(new ProgrammeDocument(List.of(city), List.of(),
                    List.of(), List.of(inventory)), origins::get, file, report);
            BigDecimal kept = BigDecimal.ZERO;
            for (EmissionsInventory held : document.inventories()) {
                for (InventoryEntry entry : held.entries()) {
                    if (entry.hasFigure()) {
                        kept = kept.add(BigDecimal.valueOf(entry.tonnesCo2e()));
                    }
                }
            }
            return new ImportResult(document, report.report(), List.of(new TonnesBalance(file, read, kept)));
        }

        /**
         * The tonnes a row's total gives, in t CO2e, as the number an entry holds them (a double, written as a
         * decimal), or null when it gives none that can be read: a total of more digits than a double holds counts
         * as the double it is read as, so that the balance compares what was read with what is kept.
         */
        private static @Nullable BigDecimal tonnesOf(CsvTable.Row row) {
            String total = row.get(TOTAL);
            String unit = row.get(TOTAL_UNIT);
            OptionalDouble value = total.isEmpty() ? OptionalDouble.empty() : Numbers.parse(total);
            Double tonnes = value.isEmpty() ? null : inTonnes(value.getAsDouble(), unit);
            return tonnes == null ? null : BigDecimal.valueOf(tonnes);
        }

        /** A total in t CO2e, as an entry keeps it: in kg CO2e divided by 1000; null for a unit of neither. */
        private static @Nullable Double inTonnes(double total, String unit) {
            if (unit.equals(KILOGRAMS)) {
                return total / 1000;
            }
            return unit.isEmpty() || unit.equals(TONNES) ? total : null;
        }

        private Actor city(ActorId owner) {
            report.file(file, "name-from-locode", "the export does not name its city; the city is named by its"
                    + " LOCODE '" + locode + "'");
            String country = locode.substring(0, 2);
            try {
                return Municipality.of(owner, locode, new CountryCode(country), Identifier.of(Identifier.LOCODE,
                        locode));
            } catch (ClimateCityException e) {
                report.file(file, "unassigned-country", "LOCODE '" + locode + "' names country '" + country
                        + "', which is not an assigned ISO 3166-1 code; the city is kept as a territory without a"
                        + " country (kind country group, the only kind the model allows without one) with the"
                        + " identifier " + UNASSIGNED_LOCODE + ":" + locode);
                return Territory.of(owner, locode, TerritoryKind.COUNTRY_GROUP, null,
                        Identifier.of(UNASSIGNED_LOCODE, locode));
            }
        }

        private @Nullable InventoryEntry entry(CsvTable.Row row) {
            if (row.extra() > 0) {
                problem("extra-fields", "row has " + row.extra() + " more field" + (row.extra() > 1 ? "s" : "")
                        + " than the header; " + (row.extra() > 1 ? "they are" : "it is") + " not kept");
            }
            String number = row.get(REFERENCE_NUMBER);
            if (number.isEmpty()) {
                leftOut("missing-reference-number", "row has no GPC reference number"
                        + describe(row) + "; the row is not kept");
                return null;
            }
            GpcReference reference = GpcReferenceNumbers.get().find(number).orElse(null);
            if (reference == null) {
                leftOut("unknown-reference-number", "GPC reference number '" + Texts.oneLine(number) + "' is not one"
                        + " of GPC 1.1's; the row is not kept");
                return null;
            }
            GpcSubcategory sector = new GpcSubcategory(reference);
            String subsector = row.get(SUBSECTOR);
            if (!subsector.isEmpty() && !subsector.equals(reference.subsector())) {
                problem("renamed-subsector", "subsector of GPC " + number + " is named '" + Texts.oneLine(subsector)
                        + "', in GPC 1.1 '" + reference.subsector() + "'; the subsector is implied by the reference"
                        + " number, and an export writes GPC 1.1's name");
            }
            Double tonnes = null;
            NotationKey key = null;
            String total = row.get(TOTAL);
            String keyText = row.get(NOTATION_KEY);
            if (!total.isEmpty()) {
                OptionalDouble value = Numbers.parse(total);
                if (value.isEmpty()) {
                    problem("bad-number", "total emissions of GPC " + number + " must be a number, was '"
                            + Texts.oneLine(total) + "'; the row is not kept");
                    return null;
                }
                String unit = row.get(TOTAL_UNIT);
                tonnes = inTonnes(value.getAsDouble(), unit);
                if (unit.equals(KILOGRAMS)) {
                    problem("converted-unit", "total of GPC " + number + " is in kg CO2e; kept as " + tonnes
                            + " t CO2e");
                } else if (unit.isEmpty()) {
                    problem("assumed-unit", "total of GPC " + number + " has no unit; it is taken as " + TONNES);
                } else if (!unit.equals(TONNES)) {
                    problem("unknown-unit", "total of GPC " + number + " is in '" + Texts.oneLine(unit) + "', not "
                            + TONNES + "; the row is not kept (it held " + Texts.oneLine(total) + " "
                            + Texts.oneLine(unit) + ")");
                    return null;
                }
                if (!keyText.isEmpty()) {
                    problem("figure-and-notation-key", "GPC " + number + " gives both a total and notation key '"
                            + Texts.oneLine(keyText) + "'; the total is kept, the key is not");
                }
            } else if (keyText.isEmpty()) {
                problem("missing-value", "GPC " + number + " gives neither a total nor a notation key; the row is"
                        + " not kept");
                return null;
            } else {
                try {
                    key = NotationKey.parse(keyText);
                } catch (ClimateCityException e) {
                    problem("bad-notation-key", "notation key of GPC " + number + " must be letters or digits, was '"
                            + Texts.oneLine(keyText) + "'; the row is not kept");
                    return null;
                }
                if (!key.isGpcKey()) {
                    problem("non-gpc-notation-key", "notation key '" + key + "' of GPC " + number + " is none of"
                            + " GPC's NO, IE, NE, C; it is kept as given");
                }
            }
            ActivityData activity = activity(row, number);
            List<EmissionFactor> factors = factors(row, number);
            List<GasAmount> gases = gases(row, number, tonnes);
            DataSource source = source(row);
            // CityCatalyst's own id keeps each row a fact of its own, however alike two rows are
            String inventoryReference = row.raw(INVENTORY_REFERENCE);
            String publisherId = inventoryReference == null || inventoryReference.isBlank() ? null
                    : inventoryReference;
            if (publisherId == null) {
                List<Object> identity = Arrays.asList(number, activity == null ? null : activity.type(), source);
                Integer first = firstLineOfKey.putIfAbsent(identity, line);
                if (first != null) {
                    leftOut("duplicate-row", "GPC " + number + (activity == null ? "" : " of activity '"
                            + Texts.oneLine(activity.type()) + "'") + (source == null ? "" : " from '"
                            + Texts.oneLine(source.name()) + "'") + " repeats line " + first + " and has no "
                            + INVENTORY_REFERENCE + " to tell them apart; the row is not kept");
                    return null;
                }
            }
            return new InventoryEntry(sector, null, tonnes, key, gases, activity, factors, source, publisherId);
        }

        private @Nullable ActivityData activity(CsvTable.Row row, String number) {
            String type = row.get(ACTIVITY_TYPE);
            String value = row.get(ACTIVITY_VALUE);
            String unit = row.get(ACTIVITY_UNIT);
            if (type.isEmpty() && value.isEmpty() && unit.isEmpty()) {
                return null;
            }
            if (type.isEmpty() || value.isEmpty() || unit.isEmpty()) {
                problem("incomplete-activity", "activity of GPC " + number + " must give type, value and unit, was '"
                        + Texts.oneLine(type) + "', '" + Texts.oneLine(value) + "', '" + Texts.oneLine(unit)
                        + "'; the activity is not kept");
                return null;
            }
            OptionalDouble parsed = Numbers.parse(value);
            if (parsed.isEmpty()) {
                problem("bad-number", "activity value of GPC " + number + " must be a number, was '"
                        + Texts.oneLine(value) + "'; the activity is not kept");
                return null;
            }
            return new ActivityData(type, parsed.getAsDouble(), unit);
        }

        private List<EmissionFactor> factors(CsvTable.Row row, String number) {
            String unit = row.get(FACTOR_UNIT);
            List<EmissionFactor> factors = new ArrayList<>();
            for (Map.Entry<String, Gas> column : FACTOR_COLUMNS.entrySet()) {
                String text = row.get(column.getKey());
                if (text.isEmpty()) {
                    continue;
                }
                OptionalDouble value = Numbers.parse(text);
                if (value.isEmpty() || value.getAsDouble() < 0) {
                    problem("bad-number", column.getKey() + " of GPC " + number + " must be a number of at least"
                            + " 0, was '" + Texts.oneLine(text) + "'; it is not kept");
                } else if (unit.isEmpty()) {
                    problem("missing-factor-unit", column.getKey() + " of GPC " + number + " is " + text
                            + " without a unit; it is not kept");
                } else {
                    factors.add(new EmissionFactor(column.getValue(), value.getAsDouble(), unit));
                }
            }
            if (factors.isEmpty() && !unit.isEmpty() && FACTOR_COLUMNS.keySet().stream()
                    .allMatch(column -> row.get(column).isEmpty())) {
                problem("factor-unit-without-factor", FACTOR_UNIT + " of GPC " + number + " is '"
                        + Texts.oneLine(unit) + "' without a factor; it is not kept");
            }
            return factors;
        }

        private List<GasAmount> gases(CsvTable.Row row, String number, @Nullable Double tonnes) {
            List<GasAmount> gases = new ArrayList<>();
            double sum = 0;
            for (Map.Entry<String, Gas> column : GAS_COLUMNS.entrySet()) {
                String text = row.get(column.getKey());
                if (text.isEmpty()) {
                    continue;
                }
                OptionalDouble value = Numbers.parse(text);
                if (value.isEmpty()) {
                    problem("bad-number", column.getKey() + " of GPC " + number + " must be a number, was '"
                            + Texts.oneLine(text) + "'; it is not kept");
                } else {
                    gases.add(new GasAmount(column.getValue(), value.getAsDouble(), KILOGRAMS));
                    sum += value.getAsDouble();
                }
            }
            if (!gases.isEmpty() && tonnes == null) {
                problem("gases-without-total", "GPC " + number + " gives emissions per gas but no total; they are"
                        + " kept as given");
            } else if (!gases.isEmpty()
                    && Math.abs(sum - tonnes * 1000) > Math.max(SUM_TOLERANCE_KG, Math.abs(tonnes) * 1e-3)) {
                problem("gases-do-not-sum", "emissions per gas of GPC " + number + " add up to "
                        + Numbers.format(sum) + " kg CO2e, the total is " + Numbers.format(tonnes) + " t CO2e; both"
                        + " are kept as given");
            }
            return gases;
        }

        private @Nullable DataSource source(CsvTable.Row row) {
            String id = row.get(SOURCE_ID);
            String name = row.get(SOURCE_NAME);
            if (id.isEmpty() && name.isEmpty()) {
                return null;
            }
            if (name.isEmpty()) {
                problem("assumed-source-name", "data source '" + Texts.oneLine(id) + "' has no name; it is named by its"
                        + " id");
                name = id;
            }
            return new DataSource(PUBLISHER, name, null, null, null, id.isEmpty() ? null : SOURCE_CITATION + id,
                    null);
        }

        private String describe(CsvTable.Row row) {
            String subsector = row.get(SUBSECTOR);
            String total = row.get(TOTAL);
            return (subsector.isEmpty() ? "" : " (subsector '" + Texts.oneLine(subsector) + "'")
                    + (total.isEmpty() ? "" : (subsector.isEmpty() ? " (" : ", ") + "total " + Texts.oneLine(total))
                    + (subsector.isEmpty() && total.isEmpty() ? "" : ")");
        }

        /** Reports a row left out, with the tonnes it held, if any. */
        private void leftOut(String code, String message) {
            boolean held = rowTonnes != null && rowTonnes.signum() != 0;
            report.leftOut(file, line, code, message + (held ? " (it held "
                    + rowTonnes.stripTrailingZeros().toPlainString() + " t CO2e)" : ""), held ? rowTonnes : null);
        }

        private void problem(String code, String message) {
            report.line(file, line, code, message);
        }
    }

    private static Map<String, Gas> linked(Object... pairs) {
        Map<String, Gas> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Gas) pairs[i + 1]);
        }
        return map;
    }

}
