package org.climatecity.core.actor;

import java.util.List;
import java.util.Optional;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.id.OrganisationNumber;
import org.jspecify.annotations.Nullable;

/**
 * An actor that is an organisation rather than a {@link Place}: a regional or national public body, a programme
 * office, a company, a civil-society organisation or an academic institution, of any country.
 *
 * <p>An organisation has the country it is based in and identifiers in namespaces, as places have: a Legal Entity
 * Identifier ({@code lei}), an EU VAT number ({@code vat}), a Wikidata item ({@code wikidata}), a Swedish
 * organisation number ({@code se-orgnr}) or any other namespace, see {@link Identifier}. Identifiers of areas (LAU,
 * NUTS, UN/LOCODE, ISO 3166, Swedish municipality and county codes) name places, not organisations. All
 * implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Organisation extends Actor permits RegionalAuthority, CountyAdministrativeBoard,
        NationalAgency, ProgrammeOffice, Company, CivilSocietyOrganisation, AcademicInstitution {

    /**
     * Returns the country the organisation is based in.
     *
     * @return the country, or null when not given, as for an international body
     */
    @Nullable CountryCode country();

    /**
     * Returns the organisation's identifiers, in the order given.
     *
     * @return the identifiers, not null, no duplicates
     */
    List<Identifier> identifiers();

    /**
     * Returns the organisation's first identifier in a namespace.
     *
     * @param namespace the namespace, such as {@link Identifier#LEI}, not null
     * @return the identifier, or empty
     */
    default Optional<Identifier> identifier(String namespace) {
        for (Identifier identifier : identifiers()) {
            if (identifier.namespace().equals(namespace)) {
                return Optional.of(identifier);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the Swedish organisation number, from the {@code se-orgnr} identifier.
     *
     * @return the number, or empty when the organisation has none
     */
    default Optional<OrganisationNumber> organisationNumber() {
        return identifier(Identifier.SE_ORGNR).map(i -> OrganisationNumber.parse(i.value()));
    }
}
