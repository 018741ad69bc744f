package org.climatecity.core.programme;

/**
 * The level of the places a {@link Programme} admits as its members and as the leads of initiatives.
 *
 * @since 0.1.0
 */
public enum MemberLevel {
    /** Municipalities, as in Viable Cities' Klimatkontrakt and the EU Mission cities. */
    LOCAL,
    /**
     * Municipalities and regions: territories (such as a county or a NUTS region) and regional authorities, as in a
     * regional mobilisation led by a region.
     */
    REGIONAL
}
