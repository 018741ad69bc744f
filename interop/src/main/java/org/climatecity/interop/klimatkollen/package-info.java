/**
 * Klimatkollen's municipality data (Klimatbyrån): {@link org.climatecity.interop.klimatkollen.KlimatkollenImporter}
 * reads both shapes of its JSON file into Sweden's municipalities, SMHI's emissions series as territorial inventories
 * and Klimatkollen's key figures and estimates as indicators.
 *
 * @since 0.1.0
 */
@NullMarked
package org.climatecity.interop.klimatkollen;

import org.jspecify.annotations.NullMarked;
