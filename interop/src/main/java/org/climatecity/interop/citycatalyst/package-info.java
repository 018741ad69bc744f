/**
 * CityCatalyst's GPC inventory exports: {@link org.climatecity.interop.citycatalyst.CityCatalystImporter} reads
 * {@code inventory-<LOCODE>-<year>.csv} files into inventories of GPC reference numbers, and
 * {@link org.climatecity.interop.citycatalyst.CityCatalystExporter} writes a document's GPC inventories back as such
 * files. The columns and how each maps are listed in {@link org.climatecity.interop.citycatalyst.CityCatalystColumns}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.climatecity.interop.citycatalyst;

import org.jspecify.annotations.NullMarked;
