package org.climatecity.core.actor;

import java.util.regex.Pattern;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A name of a place in a language, such as {@code München} in German ({@code de}) or {@code Munich} in English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name, not blank
 * @param language the language as a BCP 47 tag such as {@code sv} or {@code de-AT}, or null when not known
 * @since 0.1.0
 */
public record PlaceName(String name, @Nullable String language) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * Creates a name.
     *
     * @param name the name, not blank
     * @param language the BCP 47 language tag, or null
     * @throws ClimateCityException if the name is blank or the language is not a language tag
     */
    public PlaceName {
        name = Require.text(name, "place name");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new ClimateCityException("place name language must be a BCP 47 tag such as 'sv' or 'de-AT', was '"
                    + Texts.abbreviate(language) + "'");
        }
    }

    /**
     * Obtains a name in a language.
     *
     * @param name the name, not blank
     * @param language the BCP 47 language tag, not null
     * @return the name
     */
    public static PlaceName of(String name, String language) {
        return new PlaceName(name, Require.nonNull(language, "place name language"));
    }
}
