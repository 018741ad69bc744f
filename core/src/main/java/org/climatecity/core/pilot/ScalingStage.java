package org.climatecity.core.pilot;

import java.util.List;
import java.util.function.BiPredicate;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A stage of a scaling plan: the areas it covers, the year it starts, how it adopts the pilot, and the share of its
 * driver it adopts at saturation.
 *
 * <p>A stage's jurisdictions are either listed explicitly (an aggregate such as the EU-27) or, when the list is empty,
 * derived from reference data for the covered areas (the municipalities of a county, say). Immutable and
 * thread-safe. That stages nest and start in order is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param id the stage's id, not null
 * @param name the name, not blank
 * @param geographies the areas covered, at least one
 * @param startYear the year adoption starts, 1900 to 2200
 * @param adoption the adoption curve, not null
 * @param saturationShare the share of the driver adopted at saturation, not null
 * @param jurisdictions explicit jurisdictions, not null, no repeated ids
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @since 0.1.0
 */
public record ScalingStage(LocalId id, String name, List<Geography> geographies, int startYear,
        AdoptionCurve adoption, Share saturationShare, List<Jurisdiction> jurisdictions,
        @Nullable Provenance provenance) {

    /**
     * Creates a stage.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param geographies the areas, at least one
     * @param startYear the start year
     * @param adoption the adoption curve, not null
     * @param saturationShare the saturation share, not null
     * @param jurisdictions the explicit jurisdictions, not null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or out of range
     */
    public ScalingStage {
        Require.nonNull(id, "stage id");
        name = Require.text(name, "stage name");
        geographies = Require.distinctList(geographies, "stage geographies");
        Require.that(!geographies.isEmpty(), "stage geographies must name at least one area, was empty");
        Require.year(startYear, "stage start year");
        Require.nonNull(adoption, "adoption curve");
        Require.nonNull(saturationShare, "saturation share");
        jurisdictions = Require.list(jurisdictions, "jurisdictions");
        Require.distinct(jurisdictions.stream().map(Jurisdiction::id).toList(), "jurisdiction ids");
    }

    /**
     * Returns the share of the driver adopted in a year: the saturation share times the curve's fraction.
     *
     * @param year the year
     * @return the adopted share, from 0 to {@link #saturationShare()}
     */
    public double adoptionShare(int year) {
        return saturationShare.value() * adoption.fraction(year - startYear);
    }

    /**
     * Checks if this stage's areas cover all of another stage's areas.
     *
     * @param previous the earlier stage, not null
     * @return true if every area of {@code previous} lies in one of this stage's areas
     */
    public boolean covers(ScalingStage previous) {
        return covers(previous, Geography::contains);
    }

    /**
     * Checks if this stage's areas cover all of another stage's areas, where what contains what may be known from
     * more than the areas' codes, such as from the places of a document (see
     * {@link org.climatecity.core.document.DocumentGeography}).
     *
     * @param previous the earlier stage, not null
     * @param contains tells if its first area equals or contains its second, not null
     * @return true if every area of {@code previous} lies in one of this stage's areas
     */
    public boolean covers(ScalingStage previous, BiPredicate<Geography, Geography> contains) {
        Require.nonNull(previous, "previous stage");
        Require.nonNull(contains, "containment");
        for (Geography inner : previous.geographies) {
            boolean contained = false;
            for (Geography outer : geographies) {
                if (contains.test(outer, inner)) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains a stage over one area whose jurisdictions come from reference data rather than the document.
     *
     * @param id the stage's id, not null
     * @param name the name, not blank
     * @param geography the area, not null
     * @param startYear the first year of adoption
     * @param adoption the adoption curve, not null
     * @param saturationShare the share adopted at saturation, not null
     * @return the stage
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public static ScalingStage of(LocalId id, String name, Geography geography, int startYear,
            AdoptionCurve adoption, Share saturationShare) {
        return new ScalingStage(id, name, List.of(geography), startYear, adoption, saturationShare, List.of(), null);
    }
}
