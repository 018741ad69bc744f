package org.climatecity.interop;

import java.math.BigDecimal;
import java.util.Objects;
import org.climatecity.core.ClimateCityException;

/**
 * The tonnes CO2e of one input file and what of them is in the imported document: the sum of the figures the file's
 * rows give, and the sum of the figures of the entries made from them. Each figure counts as the number the model
 * holds it as (a double, summed as decimals), so that a figure of more digits than a double holds is not a
 * difference. Where the two differ, the report names every row left out with its line and the tonnes it held.
 * Immutable and thread-safe.
 *
 * @param file the input file, as in the report, not blank
 * @param read the tonnes CO2e the file's rows give, not null
 * @param inDocument the tonnes CO2e of them in the document, not null
 * @since 0.1.0
 */
public record TonnesBalance(String file, BigDecimal read, BigDecimal inDocument) {

    /**
     * Creates a balance.
     *
     * @param file the file, not blank
     * @param read the tonnes read, not null
     * @param inDocument the tonnes in the document, not null
     * @throws ClimateCityException if a component is missing or the file blank
     */
    public TonnesBalance {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(inDocument, "inDocument");
        if (file.isBlank()) {
            throw new ClimateCityException("tonnes balance file must not be blank");
        }
    }

    /**
     * Checks if the document holds every tonne the file gives, compared as decimals.
     *
     * @return true when the two sums are equal
     */
    public boolean isConserved() {
        return read.compareTo(inDocument) == 0;
    }
}
