package org.climatecity.core.actor;

import java.util.List;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/** The rules every {@link Organisation} checks when created. */
final class OrganisationChecks {

    private OrganisationChecks() {
    }

    /**
     * Checks the identifiers: no duplicates, none of a namespace that names an area, at most one LEI and one
     * Swedish organisation number.
     */
    static List<Identifier> identifiers(@Nullable List<Identifier> identifiers, ActorId id) {
        List<Identifier> checked = Require.distinctList(identifiers, "organisation identifiers");
        int leis = 0;
        int numbers = 0;
        for (Identifier identifier : checked) {
            switch (identifier.namespace()) {
                case Identifier.LOCODE, Identifier.LAU, Identifier.NUTS, Identifier.ISO_3166_1, Identifier.ISO_3166_2,
                        Identifier.SE_KOMMUN, Identifier.SE_LAN -> throw new ClimateCityException("identifier '"
                        + identifier + "' of '" + id + "' names an area, not an organisation");
                case Identifier.LEI -> leis++;
                case Identifier.SE_ORGNR -> numbers++;
                default -> {
                    // any number of identifiers of other namespaces
                }
            }
        }
        if (leis > 1 || numbers > 1) {
            throw new ClimateCityException("organisation '" + id + "' must have at most one "
                    + (leis > 1 ? "LEI (lei), had " + leis : "Swedish organisation number (se-orgnr), had " + numbers));
        }
        return checked;
    }

    /**
     * Checks what a regional body serves: a place or an area, or both; an area that is not an organisation's
     * identifier, in the country given.
     */
    static void served(ActorId id, @Nullable CountryCode country, @Nullable ActorId place, @Nullable Identifier area) {
        if (place == null && area == null) {
            throw new ClimateCityException("'" + id + "' must name the place it serves, by place or by area");
        }
        if (area == null) {
            return;
        }
        switch (area.namespace()) {
            case Identifier.LEI, Identifier.VAT, Identifier.SE_ORGNR -> throw new ClimateCityException("area '" + area
                    + "' of '" + id + "' names an organisation, not an area");
            default -> {
                // any identifier of an area, of any country
            }
        }
        Optional<CountryCode> implied = area.country();
        if (country != null && implied.isPresent() && !implied.get().equals(country)) {
            throw new ClimateCityException("area '" + area + "' of '" + id + "' names country " + implied.get()
                    + ", but the organisation is based in " + country);
        }
    }

    /** Returns the identifiers of an organisation known by at most its Swedish organisation number. */
    static List<Identifier> of(@Nullable OrganisationNumber number) {
        return number == null ? List.of() : List.of(Identifier.of(number));
    }
}
