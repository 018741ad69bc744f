package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorSector;
import org.climatecity.core.actor.Company;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.NationalAgency;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Programme;
import org.junit.jupiter.api.Test;

class ProgrammeDocumentTest {

    private final ProgrammeDocument document = CanonicalScenario.document();

    @Test
    void findsActorsByIdAndKind() {
        assertThat(document.actor(CanonicalScenario.AVESTA)).map(Actor::name).contains("Avesta");
        assertThat(document.actor(ActorId.of("nobody"))).isEmpty();
        assertThat(document.actorsOfKind(Municipality.class)).hasSize(24);
        assertThat(document.actorsOfKind(NationalAgency.class)).hasSize(6);
        assertThat(document.actorsOfKind(Company.class)).extracting(Actor::name)
                .containsExactly("Borlänge Energi", "SSAB", "Tunabyggen", "IKEA");
        assertThat(document.actorsOfKind(Actor.class)).hasSize(document.actors().size());
    }

    @Test
    void failsToRequireAnUnknownActor() {
        assertThatThrownBy(() -> document.requireActor(ActorId.of("nobody"))).isInstanceOf(ClimateCityException.class)
                .hasMessage("document has no actor with id 'nobody'");
    }

    @Test
    void groupsForumParticipantsBySectorInSectorOrder() {
        assertThat(document.forumParticipantsBySector(CanonicalScenario.FORUM).keySet()).containsExactly(
                ActorSector.PUBLIC, ActorSector.BUSINESS, ActorSector.CIVIL_SOCIETY, ActorSector.ACADEMIA);
        assertThatThrownBy(() -> document.forumParticipantsBySector(LocalId.of("none")))
                .isInstanceOf(ClimateCityException.class).hasMessage("document has no forum with id 'none'");
    }

    @Test
    void answersPartnerRolesOnlyForKnownInitiatives() {
        assertThat(document.partnerRolesOn(CanonicalScenario.KLIMATNEUTRALA_BORLANGE, CanonicalScenario.AVESTA,
                CanonicalScenario.EXPANSION)).isEmpty();
        assertThat(document.partnerRolesOn(CanonicalScenario.KLIMATNEUTRALA_BORLANGE, CanonicalScenario.SSAB,
                CanonicalScenario.EXPANSION)).containsExactly(PartnerRole.PROJECT_PARTNER);
        assertThatThrownBy(() -> document.partnerRolesOn(LocalId.of("none"), CanonicalScenario.SSAB,
                CanonicalScenario.EXPANSION)).isInstanceOf(ClimateCityException.class)
                .hasMessage("document has no initiative with id 'none'");
    }

    @Test
    void ordersAnOwnersInventoriesByYear() {
        List<org.climatecity.core.emissions.EmissionsInventory> inventories =
                new java.util.ArrayList<>(document.inventories());
        java.util.Collections.reverse(inventories);
        ProgrammeDocument reversed = new ProgrammeDocument(document.actors(), document.programmes(),
                document.initiatives(), inventories);

        assertThat(reversed.inventoriesOf(CanonicalScenario.AVESTA)).extracting(i -> i.year()).containsExactly(1990,
                2023);
        assertThat(document.inventoriesOf(CanonicalScenario.SSAB)).isEmpty();
    }

    @Test
    void leavesMembersThatNameNoActorOutOfTheMemberActors() {
        ProgrammeDocument withoutBorlange = new ProgrammeDocument(document.actors().stream()
                .filter(a -> !a.id().equals(CanonicalScenario.BORLANGE)).toList(), document.programmes(),
                List.of(), List.of());

        assertThat(withoutBorlange.membersOn(CanonicalScenario.EXPANSION)).hasSize(22);
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new ProgrammeDocument(null, document.programmes(), List.of(), List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("actors must not be null");
        assertThatThrownBy(() -> new ProgrammeDocument(List.of(), null, List.of(), List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("programmes must not be null");
    }

    @Test
    void holdsNoneOneOrSeveralProgrammesAndCountsEachMemberOnce() {
        Programme viableCities = document.firstProgramme();
        Programme mission = Programme.builder("EU Cities Mission", 2030)
                .member(CanonicalScenario.BORLANGE, CanonicalScenario.EXPANSION).build();
        ProgrammeDocument both = new ProgrammeDocument(document.actors(), List.of(viableCities, mission),
                List.of(), List.of());
        ProgrammeDocument none = new ProgrammeDocument(document.actors(), List.of(), List.of(), List.of());

        assertThat(both.programme("EU Cities Mission")).contains(mission);
        assertThat(both.membersOn(CanonicalScenario.EXPANSION)).hasSize(23)
                .containsAll(document.membersOn(CanonicalScenario.EXPANSION));
        assertThat(none.membersOn(CanonicalScenario.EXPANSION)).isEmpty();
        assertThatThrownBy(none::firstProgramme).isInstanceOf(ClimateCityException.class)
                .hasMessage("document holds no programme");
    }
}
