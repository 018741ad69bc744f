package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.List;
import org.climatecity.core.actor.Company;
import org.climatecity.core.actor.CountyAdministrativeBoard;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.programme.MemberLevel;
import org.climatecity.core.programme.Membership;
import org.junit.jupiter.api.Test;

class ReferencedActorKindsTest {

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void requiresMunicipalitiesWhereCitiesAreExpected() {
        ProgrammeDocument document = DocumentEdits.initiative(canonical, i -> {
            i.leadCity = CanonicalScenario.REGION_DALARNA;
            Pilot pilot = i.pilots.get(0);
            i.pilots.set(0, new Pilot(pilot.id(), pilot.name(), pilot.description(),
                    List.of(CanonicalScenario.BORLANGE, CanonicalScenario.HOGSKOLAN_DALARNA), pilot.driver(),
                    pilot.effectPerUnit(), pilot.provenance()));
        });

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("initiatives[0].leadCity", "referenced-actor-kinds",
                        "must name a municipality, but 'region-dalarna' (Region Dalarna) is a regional authority"),
                of("initiatives[0].pilots[0].hostCities[1]", "referenced-actor-kinds", "must name a municipality,"
                        + " but 'hogskolan-dalarna' (Högskolan Dalarna) is an academic institution"));
    }

    @Test
    void requiresAProgrammeOfficeMunicipalMembersAndNationalAgencies() {
        ProgrammeDocument document = DocumentEdits.programme(canonical, p -> {
            p.office = CanonicalScenario.VINNOVA;
            p.members.add(Membership.since(CanonicalScenario.SSAB, CanonicalScenario.EXPANSION));
            p.agencies.add(Membership.since(CanonicalScenario.LANSSTYRELSEN_DALARNA, CanonicalScenario.EXPANSION));
        });

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("programmes[0].office", "referenced-actor-kinds",
                        "must name a programme office, but 'vinnova' (Vinnova) is a national agency"),
                of("programmes[0].members[23].member", "referenced-actor-kinds",
                        "must name a municipality, but 'ssab' (SSAB) is a company"),
                of("programmes[0].agencies[6].member", "referenced-actor-kinds", "must name a national agency, but"
                        + " 'lansstyrelsen-dalarna' (Länsstyrelsen Dalarna) is a county administrative board"));
    }

    @Test
    void admitsRegionsAsMembersAndLeadsOfARegionalProgramme() {
        ProgrammeDocument document = DocumentEdits.initiative(DocumentEdits.programme(canonical, p -> {
            p.memberLevel = MemberLevel.REGIONAL;
            p.members.add(Membership.since(CanonicalScenario.REGION_DALARNA, CanonicalScenario.EXPANSION));
            p.members.add(Membership.since(CanonicalScenario.DALARNAS_LAN, CanonicalScenario.EXPANSION));
            p.members.add(Membership.since(CanonicalScenario.SSAB, CanonicalScenario.EXPANSION));
        }), i -> i.leadCity = CanonicalScenario.REGION_DALARNA);

        assertThat(DocumentValidation.problems(document)).containsExactly(of("programmes[0].members[25].member",
                "referenced-actor-kinds", "must name a municipality, a regional authority or a territory, but 'ssab'"
                        + " (SSAB) is a company"));
    }

    @Test
    void admitsOnlyMunicipalitiesAsMembersAndLeadsOfALocalProgramme() {
        ProgrammeDocument document = DocumentEdits.initiative(DocumentEdits.programme(canonical, p -> {
            p.memberLevel = null;
            p.members.add(Membership.since(CanonicalScenario.DALARNAS_LAN, CanonicalScenario.EXPANSION));
        }), i -> i.leadCity = CanonicalScenario.DALARNAS_LAN);

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("programmes[0].members[23].member", "referenced-actor-kinds",
                        "must name a municipality, but 'dalarnas-lan' (Dalarnas län) is a territory"),
                of("initiatives[0].leadCity", "referenced-actor-kinds",
                        "must name a municipality, but 'dalarnas-lan' (Dalarnas län) is a territory"));
    }

    @Test
    void requiresThePlaceARegionalBodyServesToBeAPlace() {
        ProgrammeDocument document = DocumentEdits.actors(canonical, a -> a.add(new CountyAdministrativeBoard(
                ActorId.of("regierung-von-oberbayern"), "Regierung von Oberbayern", CountryCode.of("DE"), List.of(),
                CanonicalScenario.SSAB, Identifier.parse("nuts:DE21"))));

        assertThat(DocumentValidation.problems(document)).containsExactly(of("actors[" + (canonical.actors().size())
                + "].place", "referenced-actor-kinds",
                "must name a municipality or a territory, but 'ssab' (SSAB) is a company"));
    }

    @Test
    void showsAnActorNameLiterallyEvenWhenItLooksLikeAnExpressionOrParameter() {
        ActorId trap = ActorId.of("trap");
        // unescaped, the interpolator would put the whole document in place of ${validatedValue}
        String name = "${validatedValue} #{1+1} {groups} \\ $";
        ProgrammeDocument document = DocumentEdits.initiative(
                DocumentEdits.actors(canonical, a -> a.add(new Company(trap, name, GovernanceLevel.LOCAL, null))),
                i -> i.leadCity = trap);

        assertThat(DocumentValidation.problems(document)).containsExactly(of("initiatives[0].leadCity",
                "referenced-actor-kinds", "must name a municipality, but 'trap' (" + name + ") is a company"));
    }

    @Test
    void showsAtMostFortyCharactersOfAName() {
        ActorId big = ActorId.of("big");
        String name = "B".repeat(10_000);
        ProgrammeDocument document = DocumentEdits.initiative(
                DocumentEdits.actors(canonical, a -> a.add(new Company(big, name, GovernanceLevel.LOCAL, null))),
                i -> i.leadCity = big);

        assertThat(DocumentValidation.problems(document)).containsExactly(of("initiatives[0].leadCity",
                "referenced-actor-kinds", "must name a municipality, but 'big' (" + "B".repeat(40)
                        + "…) is a company"));
    }

    @Test
    void leavesUnknownActorsToKnownActors() {
        ProgrammeDocument document = DocumentEdits.initiative(canonical, i -> i.leadCity = ActorId.of("nowhere"));

        assertThat(DocumentValidation.problems(document)).extracting(DocumentValidation.Problem::code)
                .containsExactly("known-actors");
    }
}
