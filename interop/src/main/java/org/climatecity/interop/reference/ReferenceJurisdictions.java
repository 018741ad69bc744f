package org.climatecity.interop.reference;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.calc.JurisdictionSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.Jurisdiction;

/**
 * The jurisdictions of scaling stages from the embedded {@link SwedishReferenceData}: a municipality is itself, a
 * county is its municipalities, Sweden is its 290 municipalities. Each carries its population on 31 December 2023,
 * or for a sector-emissions driver the sector's emissions in the latest year of the emissions database.
 *
 * <p>Areas outside Sweden (another country, the EU-27) have no reference data here: a stage lists them explicitly as
 * jurisdictions with their own source, as the main example does for the EU-27. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReferenceJurisdictions implements JurisdictionSource {

    private final SwedishReferenceData data;

    private ReferenceJurisdictions(SwedishReferenceData data) {
        this.data = data;
    }

    /**
     * Obtains the source over the embedded reference data.
     *
     * @return the source, not null
     */
    public static ReferenceJurisdictions get() {
        return new ReferenceJurisdictions(SwedishReferenceData.get());
    }

    /**
     * Returns the municipalities that make up the areas, each once, in code order, with its driver value.
     *
     * @param geographies the areas, not null, not empty
     * @param driver the driver, not null
     * @return the jurisdictions, not null
     * @throws ClimateCityException if an area lies outside Sweden, or there is no reference data for the driver
     */
    @Override
    public List<Jurisdiction> jurisdictions(List<Geography> geographies, Driver driver) {
        Objects.requireNonNull(geographies, "geographies");
        Objects.requireNonNull(driver, "driver");
        TreeMap<MunicipalityCode, Jurisdiction> byCode = new TreeMap<>();
        for (Geography area : geographies) {
            for (MunicipalityCode code : municipalities(area)) {
                byCode.computeIfAbsent(code, c -> jurisdiction(c, driver));
            }
        }
        return List.copyOf(byCode.values());
    }

    private List<MunicipalityCode> municipalities(Geography area) {
        if (area instanceof Geography.MunicipalityArea m) {
            data.population(m.code());
            return List.of(m.code());
        }
        if (area instanceof Geography.CountyArea c) {
            List<MunicipalityCode> codes = data.municipalitiesOf(c.code());
            if (codes.isEmpty()) {
                throw new ClimateCityException("county code must name one of Sweden's 21 counties, was '" + c.code()
                        + "'");
            }
            return codes;
        }
        if (area instanceof Geography.CountryArea c && c.code().equals(CountryCode.SWEDEN)) {
            return data.municipalities();
        }
        throw new ClimateCityException("reference data covers Sweden's municipalities only; list the jurisdictions"
                + " of " + area + " explicitly in the stage");
    }

    private Jurisdiction jurisdiction(MunicipalityCode code, Driver driver) {
        double value;
        Provenance provenance;
        switch (driver.kind()) {
            case POPULATION -> {
                value = data.population(code);
                provenance = SwedishReferenceData.POPULATION_PROVENANCE;
            }
            case SECTOR_EMISSIONS -> {
                if (!(driver.sector() instanceof SwedishMainSector sector)) {
                    throw new ClimateCityException("reference data has emissions by Swedish main sector only, was '"
                            + driver.sector().id() + "'");
                }
                List<Integer> years = data.emissionsYears();
                int latest = years.get(years.size() - 1);
                value = Math.max(0, data.emissions(code, sector, latest));
                provenance = new Provenance(Provenance.Kind.OFFICIAL_STATISTICS,
                        SwedishReferenceData.EMISSIONS_PROVENANCE.source(), sector.label() + ", " + latest);
            }
            default -> throw new ClimateCityException("reference data has no figures for driver " + driver.kind()
                    + "; it has POPULATION and SECTOR_EMISSIONS");
        }
        return new Jurisdiction(LocalId.of("se-" + code.value()), data.name(code), Geography.municipality(code), value,
                provenance);
    }
}
