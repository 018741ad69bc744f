package org.climatecity.core.action;

/**
 * How an action's effect is stated, which decides how it combines with other actions on the same sectors so that
 * no tonne is counted twice.
 *
 * @since 0.1.0
 */
public enum EffectBasis {
    /**
     * Tonnes CO2e a year, additional to the effects of the actions the effect names: what the action cuts beyond
     * them. Tonnes of actions on the same sector add up only because each states what it adds.
     */
    TONNES,
    /**
     * A share (0 to 1) of the emissions of its sectors that remain after the other actions: two actions that each
     * cut half of what remains leave a quarter, not nothing.
     */
    SHARE_OF_REMAINING
}
