package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.InventoryTotal;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Observed yearly values, such as a municipality's reported emissions in tonnes CO2e, with gaps allowed: Swedish
 * municipal data has 1990, 2000, 2005, 2010, 2015 and then every year from 2020.
 *
 * <p>A series holds actual figures only; calculated future values are an {@link EmissionsProjection}, an unrelated
 * type. A series has at least one value, its years are distinct and lie from 1900 to 2200, and its values are finite
 * (negative values, such as net removals, are allowed). It is backed by two primitive arrays, sorted by year.
 *
 * <p>Immutable and thread-safe; equal when the years and values are equal. Not comparable.
 *
 * @since 0.1.0
 */
public final class YearlySeries {

    private final int[] years;
    private final double[] values;

    private YearlySeries(int[] years, double[] values) {
        this.years = years;
        this.values = values;
    }

    /**
     * Obtains a series from parallel arrays of years and values; the arrays are copied.
     *
     * @param years the years in strictly ascending order, not null, at least one
     * @param values the values, one per year, finite, not null
     * @return the series
     * @throws ClimateCityException if the arrays are empty or differ in length, a year is out of range or out of
     *         order, or a value is not finite
     */
    public static YearlySeries of(int[] years, double[] values) {
        Require.nonNull(years, "years");
        Require.nonNull(values, "values");
        if (years.length != values.length) {
            throw new ClimateCityException("yearly series must have one value per year, had " + years.length
                    + " years and " + values.length + " values");
        }
        if (years.length == 0) {
            throw new ClimateCityException("yearly series must have at least one value, was empty");
        }
        int[] y = years.clone();
        double[] v = values.clone();
        for (int i = 0; i < y.length; i++) {
            Require.year(y[i], "series year");
            Require.finite(v[i], "series value in " + y[i]);
            if (i > 0 && y[i] <= y[i - 1]) {
                throw new ClimateCityException("series years must be strictly ascending, was " + y[i] + " after "
                        + y[i - 1]);
            }
        }
        return new YearlySeries(y, v);
    }

    /**
     * Obtains a series from a map of years to values.
     *
     * @param valuesByYear the values by year, not null, at least one, no null keys or values
     * @return the series
     * @throws ClimateCityException if the map is empty, a year is out of range or a value is not finite
     */
    public static YearlySeries of(Map<Integer, ? extends Number> valuesByYear) {
        Require.nonNull(valuesByYear, "values by year");
        Builder builder = builder();
        for (Map.Entry<Integer, ? extends Number> entry : valuesByYear.entrySet()) {
            Integer year = Require.nonNull(entry.getKey(), "series year");
            Number value = Require.nonNull(entry.getValue(), "series value in " + year);
            builder.put(year, value.doubleValue());
        }
        return builder.build();
    }

    /**
     * Obtains a series from a list of year-value points, in any order.
     *
     * @param points the points, not null, at least one, no year twice
     * @return the series
     * @throws ClimateCityException if the list is empty or a year repeats
     */
    public static YearlySeries of(List<YearValue> points) {
        Builder builder = builder();
        for (YearValue point : Require.list(points, "points")) {
            builder.put(point.year(), point.value());
        }
        return builder.build();
    }

    /**
     * Obtains the series of total emissions per year from inventories of one owner, boundary and gas basis. A year
     * whose total is incomplete (an entry gives a notation key such as not estimated) is left out as a gap rather
     * than counted short.
     *
     * @param inventories the inventories, at least one, one per year, not null
     * @return the totals over all sectors by year
     * @throws ClimateCityException if the list is empty, a year repeats, or owners, boundaries or gas bases differ
     */
    public static YearlySeries fromInventories(List<EmissionsInventory> inventories) {
        return collect(inventories, null);
    }

    /**
     * Obtains the series of one sector's emissions per year from inventories of one owner, boundary and gas basis. A
     * year whose inventory lacks the sector counts as 0; a year whose figure for it is incomplete is left out.
     *
     * @param inventories the inventories, at least one, one per year, not null
     * @param sector the sector, not null
     * @return the sector's emissions by year
     * @throws ClimateCityException if the list is empty, a year repeats, or owners, boundaries or gas bases differ
     */
    public static YearlySeries fromInventories(List<EmissionsInventory> inventories, EmissionsSector sector) {
        Require.nonNull(sector, "sector");
        return collect(inventories, sector);
    }

    private static YearlySeries collect(List<EmissionsInventory> inventories, @Nullable EmissionsSector sectorOrNull) {
        List<EmissionsInventory> list = Require.list(inventories, "inventories");
        if (list.isEmpty()) {
            throw new ClimateCityException("inventories must hold at least one inventory, was empty");
        }
        ActorId owner = list.get(0).owner();
        GasBasis basis = list.get(0).gasBasis();
        Boundary boundary = list.get(0).boundary();
        Builder builder = builder();
        for (EmissionsInventory inventory : list) {
            if (!inventory.owner().equals(owner)) {
                throw new ClimateCityException("inventories of a series must have one owner, mixed '" + owner
                        + "' and '" + inventory.owner() + "'");
            }
            if (!inventory.gasBasis().equals(basis)) {
                throw new ClimateCityException("inventories of a series must have one gas basis, mixed " + words(basis)
                        + " and " + words(inventory.gasBasis()) + " in " + inventory.year());
            }
            if (inventory.boundary() != boundary) {
                throw new ClimateCityException("inventories of a series must have one boundary, mixed "
                        + Texts.word(boundary) + " and " + Texts.word(inventory.boundary()) + " in " + inventory.year());
            }
            InventoryTotal value = sectorOrNull == null ? inventory.total() : inventory.sector(sectorOrNull);
            if (value.isComplete()) {
                builder.put(inventory.year(), value.tonnesCo2e());
            }
        }
        return builder.build();
    }

    /**
     * Obtains a builder of a series.
     *
     * @return a new empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of years with a value.
     *
     * @return the size, at least 1
     */
    public int size() {
        return years.length;
    }

    /**
     * Returns the year at an index in ascending order.
     *
     * @param index the index, from 0 to {@code size() - 1}
     * @return the year
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int yearAt(int index) {
        return years[index];
    }

    /**
     * Returns the value at an index in ascending order of years.
     *
     * @param index the index, from 0 to {@code size() - 1}
     * @return the value
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double valueAt(int index) {
        return values[index];
    }

    /**
     * Returns a copy of the years, ascending.
     *
     * @return a new array
     */
    public int[] years() {
        return years.clone();
    }

    /**
     * Returns a copy of the values in the order of {@link #years()}.
     *
     * @return a new array
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * Checks if the series has a value for a year.
     *
     * @param year the year
     * @return true if the year has a value
     */
    public boolean contains(int year) {
        return Arrays.binarySearch(years, year) >= 0;
    }

    /**
     * Returns the value of a year.
     *
     * @param year the year
     * @return the value, or empty when the series has no value for that year
     */
    public OptionalDouble value(int year) {
        int index = Arrays.binarySearch(years, year);
        return index >= 0 ? OptionalDouble.of(values[index]) : OptionalDouble.empty();
    }

    /**
     * Returns the value of a year that must be present.
     *
     * @param year the year
     * @return the value
     * @throws ClimateCityException if the series has no value for that year
     */
    public double require(int year) {
        int index = Arrays.binarySearch(years, year);
        if (index < 0) {
            throw new ClimateCityException("series must have a value for " + year + ", has years "
                    + Arrays.toString(years));
        }
        return values[index];
    }

    /**
     * Returns the first year.
     *
     * @return the earliest year with a value
     */
    public int firstYear() {
        return years[0];
    }

    /**
     * Returns the value of the first year.
     *
     * @return the earliest value
     */
    public double firstValue() {
        return values[0];
    }

    /**
     * Returns the last year, the last observed.
     *
     * @return the latest year with a value
     */
    public int lastYear() {
        return years[years.length - 1];
    }

    /**
     * Returns the value of the last year.
     *
     * @return the latest value
     */
    public double lastValue() {
        return values[values.length - 1];
    }

    /**
     * Returns the part of the series from a year on.
     *
     * @param fromYear the first year to keep
     * @return the values of the years at or after {@code fromYear}; this series if nothing is dropped
     * @throws ClimateCityException if the series has no value at or after {@code fromYear}
     */
    public YearlySeries from(int fromYear) {
        int start = indexFrom(fromYear);
        if (start == years.length) {
            throw new ClimateCityException("series must have a value in or after " + fromYear + ", last year is "
                    + lastYear());
        }
        if (start == 0) {
            return this;
        }
        return new YearlySeries(Arrays.copyOfRange(years, start, years.length),
                Arrays.copyOfRange(values, start, values.length));
    }

    /**
     * Returns the index of the first year at or after a year, or {@code size()} when there is none.
     */
    int indexFrom(int fromYear) {
        int index = Arrays.binarySearch(years, fromYear);
        return index >= 0 ? index : -index - 1;
    }

    /**
     * Returns the series as year-value points, ascending by year.
     *
     * @return an unmodifiable list
     */
    public List<YearValue> points() {
        List<YearValue> points = new ArrayList<>(years.length);
        for (int i = 0; i < years.length; i++) {
            points.add(new YearValue(years[i], values[i]));
        }
        return Collections.unmodifiableList(points);
    }

    /**
     * Returns the series as a map sorted by year.
     *
     * @return an unmodifiable sorted map
     */
    public SortedMap<Integer, Double> toMap() {
        SortedMap<Integer, Double> map = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            map.put(years[i], values[i]);
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * Checks if this series has the same years and values as another object.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof YearlySeries other && Arrays.equals(years, other.years)
                && Arrays.equals(values, other.values);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(years) + Arrays.hashCode(values);
    }

    /**
     * Returns the series as {@code {1990=539458.74, 2000=601044.65}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < years.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(years[i]).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }

    /**
     * Builds a {@link YearlySeries} value by value, in any order of years. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final TreeMap<Integer, Double> values = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the value of a year that has no value yet.
         *
         * @param year the year, 1900 to 2200
         * @param value the value, finite
         * @return this builder
         * @throws ClimateCityException if the year is out of range or already has a value, or the value is not
         *         finite
         */
        public Builder put(int year, double value) {
            Require.year(year, "series year");
            Require.finite(value, "series value in " + year);
            if (values.putIfAbsent(year, value) != null) {
                throw new ClimateCityException("series must have one value per year, repeated " + year);
            }
            return this;
        }

        /**
         * Adds to the value of a year, starting from 0 when it has none; sums sectors into totals, for example.
         *
         * @param year the year, 1900 to 2200
         * @param value the amount to add, finite
         * @return this builder
         * @throws ClimateCityException if the year is out of range or the value is not finite
         */
        public Builder add(int year, double value) {
            Require.year(year, "series year");
            Require.finite(value, "series value in " + year);
            values.merge(year, value, Double::sum);
            return this;
        }

        /**
         * Checks if no value has been set yet.
         *
         * @return true if empty
         */
        public boolean isEmpty() {
            return values.isEmpty();
        }

        /**
         * Builds the series.
         *
         * @return the series
         * @throws ClimateCityException if no value was set, or a sum is not finite
         */
        public YearlySeries build() {
            if (values.isEmpty()) {
                throw new ClimateCityException("yearly series must have at least one value, was empty");
            }
            int[] y = new int[values.size()];
            double[] v = new double[values.size()];
            int i = 0;
            for (Map.Entry<Integer, Double> entry : values.entrySet()) {
                y[i] = entry.getKey();
                v[i] = Require.finite(entry.getValue(), "series value in " + entry.getKey());
                i++;
            }
            return new YearlySeries(y, v);
        }
    }

    /** Returns a gas basis in the document's words, such as {@code all-ghg ar5}. */
    private static String words(GasBasis basis) {
        return Texts.word(basis.coverage()) + (basis.gwp() == null ? "" : " " + Texts.word(basis.gwp()));
    }
}
