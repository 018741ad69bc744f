package org.climatecity.core.calc;

import java.util.List;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.pilot.Driver;
import org.climatecity.core.pilot.Jurisdiction;

/**
 * Supplies the jurisdictions of a scaling stage that lists none explicitly, from reference data: the 15
 * municipalities of Dalarna for the county, the 290 of Sweden for the country, each with its value of the pilot's
 * driver (its population, say).
 *
 * <p>Implementations live outside the core (the examples module reads embedded reference data) and must be
 * deterministic: the same areas and driver give the same jurisdictions in the same order.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface JurisdictionSource {

    /**
     * Returns the jurisdictions that make up some areas, with their value of a driver.
     *
     * @param geographies the areas of a stage, not null, not empty
     * @param driver the pilot's driver, not null
     * @return the jurisdictions, each lying within one of the areas and no two overlapping, not null
     * @throws org.climatecity.core.ClimateCityException if the source has no data for an area or the driver
     */
    List<Jurisdiction> jurisdictions(List<Geography> geographies, Driver driver);
}
