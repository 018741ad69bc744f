package org.climatecity.examples.report;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.climatecity.core.programme.PartnerRole;

/** Number and text formats shared by the console, Markdown and HTML outputs, so that they print the same figures. */
final class Formats {

    private Formats() {
    }

    /** Formats tonnes with thousands separators and no decimals, such as {@code 423,796}. */
    static String tonnes(double tonnes) {
        return String.format(Locale.ROOT, "%,.0f", tonnes);
    }

    /** Formats an optional amount of tonnes, a dash when absent. */
    static String tonnes(OptionalDouble tonnes) {
        return tonnes.isPresent() ? tonnes(tonnes.getAsDouble()) : "-";
    }

    /** Formats a signed amount of tonnes, such as {@code +12,300} or {@code -4,000}. */
    static String signedTonnes(OptionalDouble tonnes) {
        if (tonnes.isEmpty()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+,.0f", tonnes.getAsDouble());
    }

    /** Formats a count with thousands separators. */
    static String count(double count) {
        return String.format(Locale.ROOT, "%,.0f", count);
    }

    /** Formats a small decimal such as an effect per resident. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
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
