package org.climatecity.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.climatecity.core.programme.PartnerRole;

/**
 * Number and text formats shared by the console, Markdown and HTML outputs of the report and the follow-up, so that
 * they print the same figures the same way.
 *
 * @since 0.1.0
 */
public final class Formats {

    private Formats() {
    }

    /**
     * What a figure that is not a finite number is shown as: never "Infinity" or "NaN". A valid document gives none
     * (its inventories' sums are finite, rule {@code finite-totals}); this keeps a figure computed from it readable
     * all the same.
     */
    static final String OUT_OF_RANGE = "out of range";

    /**
     * Formats tonnes with thousands separators and no decimals, such as {@code 423,796}.
     *
     * @param tonnes the tonnes
     * @return the text
     */
    public static String tonnes(double tonnes) {
        if (!Double.isFinite(tonnes)) {
            return OUT_OF_RANGE;
        }
        return String.format(Locale.ROOT, "%,.0f", tonnes);
    }

    /**
     * Formats an optional amount of tonnes, a dash when absent.
     *
     * @param tonnes the tonnes, not null
     * @return the text
     */
    public static String tonnes(OptionalDouble tonnes) {
        return tonnes.isPresent() ? tonnes(tonnes.getAsDouble()) : "-";
    }

    /**
     * Formats a signed amount of tonnes, such as {@code +12,300} or {@code -4,000}; a dash when absent.
     *
     * @param tonnes the tonnes, not null
     * @return the text
     */
    public static String signedTonnes(OptionalDouble tonnes) {
        if (tonnes.isEmpty()) {
            return "-";
        }
        if (!Double.isFinite(tonnes.getAsDouble())) {
            return OUT_OF_RANGE;
        }
        return String.format(Locale.ROOT, "%+,.0f", tonnes.getAsDouble());
    }

    /**
     * Formats a count with thousands separators.
     *
     * @param count the count
     * @return the text, such as {@code 10,264,454}
     */
    public static String count(double count) {
        if (!Double.isFinite(count)) {
            return OUT_OF_RANGE;
        }
        return String.format(Locale.ROOT, "%,.0f", count);
    }

    /**
     * Formats a small decimal such as an effect per resident, with three decimals.
     *
     * @param value the value
     * @return the text, such as {@code 0.100}
     */
    public static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return OUT_OF_RANGE;
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * Formats an observed value as the source gives it: up to three decimals, trailing zeros dropped, no thousands
     * separators (a year stays {@code 2021}).
     *
     * @param value the value
     * @return the text, such as {@code 51.92} or {@code 6232}
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return OUT_OF_RANGE;
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /**
     * Formats a share as a percentage without decimals.
     *
     * @param share the share, 1 for 100 %
     * @return the text, such as {@code 45 %}
     */
    public static String percent(double share) {
        if (!Double.isFinite(share * 100)) {
            return OUT_OF_RANGE;
        }
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /**
     * Formats an amount of money with thousands separators and no decimals, such as {@code 40,500,000}.
     *
     * @param amount the amount, not null
     * @return the text
     */
    public static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
    }

    /** Formats a set of roles as lower-case words, such as {@code active party, coordinator}; a dash when empty. */
    static String roles(Set<PartnerRole> roles) {
        if (roles.isEmpty()) {
            return "-";
        }
        return roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
