package org.climatecity.core.targets;

/**
 * How emissions are meant to fall from the baseline to the target.
 *
 * @since 0.1.0
 */
public enum PathwayShape {
    /** By the same amount each year. */
    LINEAR,
    /** By the same share each year. */
    EXPONENTIAL
}
