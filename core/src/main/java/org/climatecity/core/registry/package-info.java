/**
 * Registries of region codes per country behind {@link org.climatecity.core.registry.RegionRegistry}, and the
 * embedded registry of Sweden's 290 municipalities and 21 counties, {@link org.climatecity.core.registry.SwedishRegions}.
 */
@NullMarked
package org.climatecity.core.registry;

import org.jspecify.annotations.NullMarked;
