package org.climatecity.core.actor;

/**
 * The kinds of actor, each with the stable type name that documents use for it.
 *
 * @since 0.1.0
 */
public enum ActorKind {
    /** A municipality, see {@link Municipality}. */
    MUNICIPALITY("municipality", Municipality.class),
    /** A regional authority, see {@link RegionalAuthority}. */
    REGIONAL_AUTHORITY("regional-authority", RegionalAuthority.class),
    /** A county administrative board, see {@link CountyAdministrativeBoard}. */
    COUNTY_ADMINISTRATIVE_BOARD("county-administrative-board", CountyAdministrativeBoard.class),
    /** A national agency, see {@link NationalAgency}. */
    NATIONAL_AGENCY("national-agency", NationalAgency.class),
    /** A programme office, see {@link ProgrammeOffice}. */
    PROGRAMME_OFFICE("programme-office", ProgrammeOffice.class),
    /** A company, see {@link Company}. */
    COMPANY("company", Company.class),
    /** A civil-society organisation, see {@link CivilSocietyOrganisation}. */
    CIVIL_SOCIETY_ORGANISATION("civil-society-organisation", CivilSocietyOrganisation.class),
    /** An academic institution, see {@link AcademicInstitution}. */
    ACADEMIC_INSTITUTION("academic-institution", AcademicInstitution.class),
    /** A region, county, country or group of countries as a territory, see {@link Territory}. */
    TERRITORY("territory", Territory.class);

    private final String typeName;
    private final Class<? extends Actor> type;

    ActorKind(String typeName, Class<? extends Actor> type) {
        this.typeName = typeName;
        this.type = type;
    }

    /**
     * Returns the stable name of the kind used in documents, such as {@code municipality}.
     *
     * @return the type name, not null
     */
    public String typeName() {
        return typeName;
    }

    /**
     * Returns the record type of actors of this kind.
     *
     * @return the type, not null
     */
    public Class<? extends Actor> type() {
        return type;
    }
}
