package org.climatecity.benchmarks.workload;

import java.util.List;
import java.util.NavigableMap;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.interop.reference.SwedishReferenceData;

/**
 * The real yearly emissions of the 290 Swedish municipalities (all sectors summed, every published year from 1990 to
 * 2024), as primitive arrays: the input of the trend benchmarks.
 *
 * <p>Immutable by convention: the arrays are shared, callers must not change them.
 *
 * @param codes the municipalities, in code order, not null
 * @param years per municipality, the observed years, ascending, not null
 * @param values per municipality, the total emissions in tonnes CO2e of each year, not null
 * @since 0.1.0
 */
public record MunicipalSeries(List<MunicipalityCode> codes, int[][] years, double[][] values) {

    /**
     * Loads the series from the reference data embedded in climate-city-interop.
     *
     * @return the series of all 290 municipalities, not null
     */
    public static MunicipalSeries load() {
        SwedishReferenceData data = SwedishReferenceData.get();
        List<MunicipalityCode> codes = data.municipalities();
        int[][] years = new int[codes.size()][];
        double[][] values = new double[codes.size()][];
        for (int m = 0; m < codes.size(); m++) {
            NavigableMap<Integer, Double> series = data.totalEmissionsSeries(codes.get(m));
            years[m] = series.keySet().stream().mapToInt(Integer::intValue).toArray();
            values[m] = series.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new MunicipalSeries(codes, years, values);
    }

    /**
     * Returns the number of series.
     *
     * @return the number of municipalities
     */
    public int size() {
        return codes.size();
    }

    /**
     * Returns the total number of observed values over all series.
     *
     * @return the number of points
     */
    public int points() {
        int points = 0;
        for (int[] y : years) {
            points += y.length;
        }
        return points;
    }
}
