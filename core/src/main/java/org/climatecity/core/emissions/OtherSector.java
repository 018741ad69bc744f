package org.climatecity.core.emissions;

import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;

/**
 * A sector of a scheme this library does not know, such as {@code crf:1.A.3.b} or a city's own division, kept as
 * given so that such an inventory stays readable. Its id is {@code scheme:code}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schemeName the scheme, a lowercase slug other than {@code se} and {@code gpc}, not null
 * @param code the sector's code within the scheme: not blank, at most 100 characters, no white space at its ends and
 *     no control characters
 * @since 0.1.0
 */
public record OtherSector(String schemeName, String code) implements EmissionsSector {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Creates the sector.
     *
     * @param schemeName the scheme, not null
     * @param code the code, not null
     * @throws ClimateCityException if the scheme is malformed or one this library knows, or the code is malformed
     */
    public OtherSector {
        if (schemeName == null || schemeName.length() > 32 || !SCHEME.matcher(schemeName).matches()) {
            throw new ClimateCityException("sector scheme must be a lowercase slug of at most 32 characters, was '"
                    + (schemeName == null ? "null" : Texts.abbreviate(schemeName)) + "'");
        }
        for (SectorScheme known : SectorScheme.values()) {
            if (known != SectorScheme.OTHER && known.prefix().equals(schemeName)) {
                throw new ClimateCityException("sector scheme '" + schemeName + "' is known: use its sectors");
            }
        }
        if (code == null || code.isBlank() || code.length() > 100 || !code.strip().equals(code) || hasControls(code)) {
            throw new ClimateCityException("sector code must be 1 to 100 characters without control characters or"
                    + " surrounding white space, was '" + (code == null ? "null" : Texts.abbreviate(code)) + "'");
        }
    }

    private static boolean hasControls(String code) {
        return code.chars().anyMatch(Character::isISOControl);
    }

    @Override
    public SectorScheme scheme() {
        return SectorScheme.OTHER;
    }

    @Override
    public String label() {
        return id();
    }

    @Override
    public String id() {
        return schemeName + ":" + code;
    }
}
