package org.climatecity.core.indicators;

import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * One step of an impact pathway, such as "more charging points" or "cleaner air in the centre", with the indicator
 * that shows whether it happens.
 *
 * <p>Immutable and thread-safe. That the indicator exists is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param description what changes, not blank
 * @param indicator the indicator of the initiative that measures the change, not null
 * @since 0.1.0
 */
public record PathwayStep(String description, LocalId indicator) {

    /**
     * Creates a step.
     *
     * @param description what changes, not blank
     * @param indicator the indicator, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or blank
     */
    public PathwayStep {
        description = Require.text(description, "pathway step description");
        Require.nonNull(indicator, "pathway step indicator");
    }
}
