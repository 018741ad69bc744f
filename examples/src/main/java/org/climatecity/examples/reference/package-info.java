/**
 * The reference data embedded in the examples: population and emissions by sector of Sweden's 290 municipalities,
 * with their attribution in {@code ATTRIBUTION.txt} beside the data.
 */
package org.climatecity.examples.reference;
