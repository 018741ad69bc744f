package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.List;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.Identifier;
import org.junit.jupiter.api.Test;

class ConsistentPlacesTest {

    private static final ProgrammeDocument CANONICAL = CanonicalScenario.document();

    private static int indexOf(List<Actor> actors, ActorId id) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no actor " + id);
    }

    @Test
    void theCanonicalPlacesAreConsistentAndFoundByAnyIdentifier() {
        assertThat(DocumentValidation.problems(CANONICAL)).isEmpty();
        Place borlange = CANONICAL.place(Identifier.parse("lau:SE:2081")).orElseThrow();
        assertThat(borlange.id()).isEqualTo(CanonicalScenario.BORLANGE);
        assertThat(CANONICAL.place(Identifier.parse("se-kommun:2081"))).contains(borlange);
        assertThat(CANONICAL.place(Identifier.parse("nuts:SE312")).map(Actor::id))
                .contains(CanonicalScenario.DALARNAS_LAN);
        assertThat(CANONICAL.enclosingPlaces(borlange)).extracting(Actor::id)
                .containsExactly(CanonicalScenario.DALARNAS_LAN, CanonicalScenario.SVERIGE);
        assertThat(CANONICAL.place(Identifier.parse("lau:DE:09162000"))).isEmpty();
    }

    @Test
    void reportsPartOfAnActorThatIsNoPlace() {
        ProgrammeDocument document = DocumentEdits.actors(CANONICAL, actors -> {
            int avesta = indexOf(actors, CanonicalScenario.AVESTA);
            actors.set(avesta, ((Municipality) actors.get(avesta)).withPartOf(CanonicalScenario.REGION_DALARNA));
        });

        int avesta = indexOf(document.actors(), CanonicalScenario.AVESTA);
        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("actors[" + avesta + "].partOf", "consistent-places", "must name a place (a municipality or"
                        + " a territory), but 'region-dalarna' (Region Dalarna) is a regional authority"));
    }

    @Test
    void reportsACycleOfPlaces() {
        ProgrammeDocument document = DocumentEdits.actors(CANONICAL, actors -> {
            int sweden = indexOf(actors, CanonicalScenario.SVERIGE);
            actors.set(sweden, ((Territory) actors.get(sweden)).withPartOf(CanonicalScenario.DALARNAS_LAN));
        });

        List<Actor> actors = document.actors();
        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("actors[" + indexOf(actors, CanonicalScenario.DALARNAS_LAN) + "].partOf", "consistent-places",
                        "place 'dalarnas-lan' must not be part of itself, but its partOf chain through 'sverige'"
                                + " comes back to it"),
                of("actors[" + indexOf(actors, CanonicalScenario.SVERIGE) + "].partOf", "consistent-places",
                        "place 'sverige' must not be part of itself, but its partOf chain through 'dalarnas-lan'"
                                + " comes back to it"));
    }

    @Test
    void reportsAPlacePartOfAPlaceOfAnotherCountryButNotOfAGroupOfCountries() {
        ActorId germany = ActorId.of("deutschland");
        ActorId eu = ActorId.of("eu-27");
        ProgrammeDocument document = DocumentEdits.actors(CANONICAL, actors -> {
            actors.add(Territory.of(germany, "Deutschland", TerritoryKind.COUNTRY, CountryCode.of("DE"))
                    .withPartOf(eu));
            actors.add(Territory.of(eu, "EU-27", TerritoryKind.COUNTRY_GROUP, null));
            int sweden = indexOf(actors, CanonicalScenario.SVERIGE);
            actors.set(sweden, ((Territory) actors.get(sweden)).withPartOf(eu));
            int dalarna = indexOf(actors, CanonicalScenario.DALARNAS_LAN);
            actors.set(dalarna, ((Territory) actors.get(dalarna)).withPartOf(germany));
        });

        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("actors[" + indexOf(document.actors(), CanonicalScenario.DALARNAS_LAN) + "].partOf",
                        "consistent-places", "place 'dalarnas-lan' lies in SE, so it cannot be part of"
                                + " 'deutschland' in DE"));
    }

    @Test
    void reportsAnIdentifierOfTwoPlacesAtTheLaterOne() {
        ProgrammeDocument document = DocumentEdits.actors(CANONICAL, actors -> actors.add(Territory.of(
                ActorId.of("dalarna-nuts"), "Dalarna (NUTS)", TerritoryKind.REGION, CountryCode.SWEDEN,
                Identifier.parse("nuts:SE31"), Identifier.parse("nuts:SE312"))));

        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("actors[" + (document.actors().size() - 1) + "].identifiers[1]", "consistent-places",
                        "identifier 'nuts:SE312' must name one place, but it names both 'dalarnas-lan' and"
                                + " 'dalarna-nuts'"));
    }
}
