package org.climatecity.core.action;

import java.util.List;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.ImpactCategory;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * What an action changes besides emissions, for better or worse, and for whom: cleaner air for residents along a
 * road, jobs, or costs that fall on households with low incomes (equity).
 *
 * <p>Immutable and thread-safe. That the indicator exists is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param category what changes, not null
 * @param direction better or worse, not null
 * @param affected who is affected, such as {@code residents along Röda vägen}, not null, none blank, no repeats;
 *     empty when not stated
 * @param indicator the indicator of the initiative that tracks the change, or null when none does
 * @param note a remark, or null; not blank
 * @since 0.1.0
 */
public record CoBenefit(ImpactCategory category, ImpactDirection direction, List<String> affected,
        @Nullable LocalId indicator, @Nullable String note) {

    /**
     * Creates a co-benefit.
     *
     * @param category the category, not null
     * @param direction the direction, not null
     * @param affected who is affected, not null
     * @param indicator the tracking indicator, or null
     * @param note a remark, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, blank or repeated
     */
    public CoBenefit {
        Require.nonNull(category, "co-benefit category");
        Require.nonNull(direction, "co-benefit direction");
        affected = Require.texts(affected, "affected");
        Require.distinct(affected, "affected");
        note = Require.optionalText(note, "co-benefit note");
    }

    /**
     * Returns a copy tracked by an indicator.
     *
     * @param value the indicator's id, not null
     * @return the copy
     */
    public CoBenefit withIndicator(LocalId value) {
        return new CoBenefit(category, direction, affected, Require.nonNull(value, "indicator"), note);
    }
}
