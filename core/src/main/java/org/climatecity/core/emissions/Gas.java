package org.climatecity.core.emissions;

/**
 * The greenhouse gases of the Kyoto Protocol, as inventories report them one by one.
 *
 * @since 0.1.0
 */
public enum Gas {
    /** Carbon dioxide. */
    CO2,
    /** Methane. */
    CH4,
    /** Nitrous oxide. */
    N2O,
    /** Hydrofluorocarbons. */
    HFCS,
    /** Perfluorocarbons. */
    PFCS,
    /** Sulphur hexafluoride. */
    SF6,
    /** Nitrogen trifluoride. */
    NF3
}
