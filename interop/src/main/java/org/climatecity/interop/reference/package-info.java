/**
 * The embedded reference data of Sweden's 290 municipalities: population on 31 December 2023 and greenhouse-gas
 * emissions by main sector ({@link org.climatecity.interop.reference.SwedishReferenceData}), and the jurisdictions of
 * scaling stages drawn from it ({@link org.climatecity.interop.reference.ReferenceJurisdictions}). The data's
 * attribution is in {@code ATTRIBUTION.txt} beside it.
 */
@NullMarked
package org.climatecity.interop.reference;

import org.jspecify.annotations.NullMarked;
