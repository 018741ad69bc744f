/**
 * OpenClimate's harmonized tables (Open Earth Foundation and Data-Driven EnviroLab): a data set is a folder of CSV
 * tables ({@code Actor.csv}, {@code EmissionsAgg.csv}, {@code Target.csv}, ...). The tables and how each column maps
 * are listed in {@link org.climatecity.interop.openclimate.OpenClimateTables};
 * {@link org.climatecity.interop.openclimate.OpenClimateImporter} reads data sets and
 * {@link org.climatecity.interop.openclimate.OpenClimateExporter} writes a document's places, emissions, targets and
 * sources back as such a folder.
 *
 * @since 0.1.0
 */
@NullMarked
package org.climatecity.interop.openclimate;

import org.jspecify.annotations.NullMarked;
