/**
 * Programmes, initiatives, twin-city pairings, partnerships with role history, forums and commitments.
 */
@NullMarked
package org.climatecity.core.programme;

import org.jspecify.annotations.NullMarked;
