package org.climatecity.core.registry;

import java.util.Optional;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;

/**
 * The codes of one country's regions, so that the rule {@code known-region-codes} can check that a code of that
 * country exists: {@link SwedishRegions} for Sweden's municipalities and counties, or a registry of another country.
 *
 * <p>A registry knows some namespaces of its country (Sweden's: {@code se-kommun}, {@code se-lan} and its
 * {@code lau} codes) and leaves every other identifier alone; a country without a registry has its codes checked for
 * shape only. The library's own registries come first; further ones are found with {@link java.util.ServiceLoader}
 * ({@code provides org.climatecity.core.registry.RegionRegistry with ...}), the first for a country winning.
 * Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface RegionRegistry {

    /**
     * Returns the country whose codes the registry holds.
     *
     * @return the country, not null
     */
    CountryCode country();

    /**
     * Checks that an identifier of a namespace the registry knows names a region that exists.
     *
     * @param identifier the identifier, not null
     * @return the problem, stating the rule and the code, such as {@code municipality code must name one of
     *     Sweden's 290 municipalities, was '2099'}; empty when the code exists or the registry does not know the
     *     namespace or the country
     */
    Optional<String> problem(Identifier identifier);

    /**
     * Obtains the registry of a country, if there is one.
     *
     * @param country the country, not null
     * @return the registry, or empty when none is known
     */
    static Optional<RegionRegistry> of(CountryCode country) {
        return RegionRegistries.of(country);
    }
}
