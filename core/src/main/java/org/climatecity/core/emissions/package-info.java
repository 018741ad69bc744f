/**
 * Actual emissions: inventories by sector in the Swedish national or GPC scheme, with gas basis and provenance.
 */
@NullMarked
package org.climatecity.core.emissions;

import org.jspecify.annotations.NullMarked;
