package org.climatecity.core.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.climatecity.core.id.CountryCode;

/** The registries by country: the library's own first, then those {@link ServiceLoader} finds. */
final class RegionRegistries {

    private static final Map<CountryCode, RegionRegistry> BY_COUNTRY = load();

    private RegionRegistries() {
    }

    static Optional<RegionRegistry> of(CountryCode country) {
        return Optional.ofNullable(BY_COUNTRY.get(Objects.requireNonNull(country, "country")));
    }

    private static Map<CountryCode, RegionRegistry> load() {
        Map<CountryCode, RegionRegistry> registries = new HashMap<>();
        registries.put(CountryCode.SWEDEN, SwedishRegions.get());
        for (RegionRegistry registry : ServiceLoader.load(RegionRegistry.class, RegionRegistry.class.getClassLoader())) {
            registries.putIfAbsent(registry.country(), registry);
        }
        return Map.copyOf(registries);
    }
}
