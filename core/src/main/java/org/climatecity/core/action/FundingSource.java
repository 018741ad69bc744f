package org.climatecity.core.action;

import org.climatecity.core.common.Money;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A source of funding for an action, such as a Viable Cities grant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the source's name, not blank
 * @param funder the funding actor of the document, or null when it is not an actor of the document
 * @param amount the amount, or null when not known
 * @since 0.1.0
 */
public record FundingSource(String name, @Nullable ActorId funder, @Nullable Money amount) {

    /**
     * Creates a funding source.
     *
     * @param name the name, not blank
     * @param funder the funder, or null
     * @param amount the amount, or null
     * @throws org.climatecity.core.ClimateCityException if the name is blank
     */
    public FundingSource {
        name = Require.text(name, "funding source name");
    }
}
