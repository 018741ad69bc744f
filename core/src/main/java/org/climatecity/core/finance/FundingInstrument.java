package org.climatecity.core.finance;

/**
 * The kind of money a funding source provides.
 *
 * @since 0.1.0
 */
public enum FundingInstrument {
    /** A grant, such as a Viable Cities or Klimatklivet grant. */
    GRANT,
    /** A loan, to be paid back. */
    LOAN,
    /** The actor's own budget, such as the municipal budget. */
    OWN_BUDGET,
    /** Private money, such as a company's investment. */
    PRIVATE,
    /** An EU programme, such as Horizon Europe or the cohesion funds. */
    EU_PROGRAMME
}
