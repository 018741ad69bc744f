package org.climatecity.core.indicators;

/**
 * Where an indicator sits on an impact pathway, from what is put in to what changes in the end.
 *
 * @since 0.1.0
 */
public enum IndicatorLevel {
    /** What is put in: money spent, staff, hours of advice. */
    INPUT,
    /** What an action delivers: charging points built, apartments renovated. */
    OUTPUT,
    /** What changes in behaviour or systems: the share of electric cars, the energy used per square metre. */
    OUTCOME,
    /** The lasting change sought: emissions, air quality, health. */
    IMPACT
}
