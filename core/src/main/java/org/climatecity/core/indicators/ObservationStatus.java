package org.climatecity.core.indicators;

/**
 * How settled an observed value is. A final figure replaces a provisional one for the same period, and either
 * replaces an estimate, see {@link Indicator#observationIn(int)}.
 *
 * @since 0.1.0
 */
public enum ObservationStatus {
    /** An estimate, such as a figure projected before the statistics are out. */
    ESTIMATE,
    /** Published, but may still be revised. */
    PROVISIONAL,
    /** Published and not expected to change. */
    FINAL;

    /**
     * Checks if this status is more settled than another: final over provisional over estimate.
     *
     * @param other the other status, not null
     * @return true if this status ranks above the other
     */
    public boolean supersedes(ObservationStatus other) {
        return compareTo(other) > 0;
    }
}
