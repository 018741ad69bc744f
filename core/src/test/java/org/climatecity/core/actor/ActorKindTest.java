package org.climatecity.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorKindTest {

    @ParameterizedTest
    @CsvSource({
        "MUNICIPALITY,municipality,Municipality",
        "REGIONAL_AUTHORITY,regional-authority,RegionalAuthority",
        "COUNTY_ADMINISTRATIVE_BOARD,county-administrative-board,CountyAdministrativeBoard",
        "NATIONAL_AGENCY,national-agency,NationalAgency",
        "PROGRAMME_OFFICE,programme-office,ProgrammeOffice",
        "COMPANY,company,Company",
        "CIVIL_SOCIETY_ORGANISATION,civil-society-organisation,CivilSocietyOrganisation",
        "ACADEMIC_INSTITUTION,academic-institution,AcademicInstitution",
    })
    void namesEachKindAndItsRecordType(ActorKind kind, String typeName, String simpleName) {
        assertThat(kind.typeName()).isEqualTo(typeName);
        assertThat(kind.type().getSimpleName()).isEqualTo(simpleName);
    }
}
