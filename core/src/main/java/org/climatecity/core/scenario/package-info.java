/**
 * Emissions scenarios: what an owner's emissions are projected to be under business as usual, with existing
 * measures or with additional measures, per year and sector with a low, central and high line, the actions each
 * scenario includes and the assumptions it rests on, each with its provenance.
 */
@NullMarked
package org.climatecity.core.scenario;

import org.jspecify.annotations.NullMarked;
