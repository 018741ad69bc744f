package org.climatecity.core.actor;

import java.util.List;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/** The rules every {@link Place} checks when created. */
final class PlaceChecks {

    private PlaceChecks() {
    }

    /**
     * Checks the identifiers: no duplicates, each implied country equal to the place's, at most one Swedish code of
     * each kind.
     */
    static List<Identifier> identifiers(@Nullable List<Identifier> identifiers, @Nullable CountryCode country,
            ActorId id) {
        List<Identifier> checked = Require.distinctList(identifiers, "place identifiers");
        int swedishCodes = 0;
        for (Identifier identifier : checked) {
            Optional<CountryCode> implied = identifier.country();
            if (implied.isPresent() && !implied.get().equals(country)) {
                throw new ClimateCityException("identifier '" + identifier + "' of '" + id + "' names country "
                        + implied.get() + ", but the place lies in " + (country == null ? "no one country" : country));
            }
            if (identifier.namespace().equals(Identifier.SE_KOMMUN)
                    || identifier.namespace().equals(Identifier.SE_LAN)) {
                swedishCodes++;
            }
        }
        if (swedishCodes > 1) {
            throw new ClimateCityException("place '" + id + "' must have at most one Swedish municipality or county"
                    + " code, had " + swedishCodes);
        }
        return checked;
    }

    /** Checks the population series: no null counts, ordered by date. */
    static List<Population> population(@Nullable List<Population> population, ActorId id) {
        List<Population> checked = Require.list(population, "place population");
        for (int i = 1; i < checked.size(); i++) {
            if (checked.get(i).asOf().isBefore(checked.get(i - 1).asOf())) {
                throw new ClimateCityException("population of '" + id + "' must be ordered by date, but "
                        + checked.get(i).asOf() + " follows " + checked.get(i - 1).asOf());
            }
        }
        return checked;
    }

    /** Checks that the place is not part of itself and the area is a positive finite number. */
    static void rest(ActorId id, @Nullable ActorId partOf, @Nullable Double areaKm2) {
        if (id.equals(partOf)) {
            throw new ClimateCityException("place '" + id + "' must not be part of itself");
        }
        if (areaKm2 != null) {
            if (!(Double.isFinite(areaKm2) && areaKm2 > 0)) {
                throw new ClimateCityException("area of '" + id
                        + "' must be a positive number of square kilometres, was " + areaKm2);
            }
        }
    }
}
