package org.climatecity.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.climatecity.core.action.Action;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.programme.Initiative;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NationalDocumentsTest {

    private static ProgrammeDocument document;

    @BeforeAll
    static void build() {
        document = NationalDocuments.build(NationalDocuments.DEFAULT_SEED);
    }

    @Test
    void sameSeedGivesEqualDocuments() {
        assertThat(NationalDocuments.build(NationalDocuments.DEFAULT_SEED)).isEqualTo(document);
    }

    @Test
    void otherSeedGivesOtherDocument() {
        assertThat(NationalDocuments.build(NationalDocuments.DEFAULT_SEED + 1)).isNotEqualTo(document);
    }

    @Test
    void holdsAll290MunicipalitiesEachLeadingOneInitiative() {
        List<Municipality> municipalities = document.actorsOfKind(Municipality.class);
        assertThat(municipalities).hasSize(290);
        assertThat(document.initiatives()).hasSize(290);
        assertThat(document.initiatives()).extracting(Initiative::leadCity)
                .containsExactlyElementsOf(municipalities.stream().map(Municipality::id).toList());
        assertThat(document.firstProgramme().members()).hasSize(290);
    }

    @Test
    void eachActionPlanHasThirtyActionsWithIndicators() {
        List<Action> actions = document.initiatives().stream().flatMap(i -> i.actionPlans().stream())
                .peek(p -> assertThat(p.actions()).hasSize(NationalDocuments.ACTIONS_PER_PLAN))
                .flatMap(p -> p.actions().stream()).toList();
        assertThat(actions).hasSize(290 * NationalDocuments.ACTIONS_PER_PLAN);
        assertThat(document.initiatives()).allSatisfy(i -> assertThat(i.actionPlans().get(0).actions())
                .allSatisfy(a -> assertThat(i.indicatorsOf(a.id())).isNotEmpty()));
    }

    @Test
    void inventoriesAreTheRealFiguresOfEveryPublishedYear() {
        assertThat(document.inventories()).hasSize(290 * 10);
        ActorId borlange = ActorId.of("municipality-2081");
        assertThat(document.requireActor(borlange)).isInstanceOfSatisfying(Municipality.class,
                m -> assertThat(m.code()).contains(MunicipalityCode.of("2081")));
        assertThat(document.inventoriesOf(borlange)).hasSize(10)
                .first().satisfies(i -> assertThat(i.year()).isEqualTo(1990));
        double total2024 = document.inventoriesOf(borlange).get(9).total().tonnesCo2e();
        // Borlänge's 2024 total, sectors summed, from the national emissions database (examples issue: 423,796 t)
        assertThat(total2024).isBetween(423_795.5, 423_796.5);
        assertThat(document.inventoriesOf(borlange).get(9).sector(SwedishMainSector.DOMESTIC_TRANSPORT).tonnesCo2e())
                .isPositive();
    }

    @Test
    void everyReferencedActorExists() {
        Set<ActorId> ids = new HashSet<>();
        document.actors().stream().map(Actor::id).forEach(id -> assertThat(ids.add(id)).as("unique " + id).isTrue());
        Stream<ActorId> referenced = document.initiatives().stream().flatMap(i -> Stream.of(
                Stream.of(i.leadCity()),
                i.twinPairings().stream().flatMap(p -> Stream.of(p.pilotCity(), p.twinCity())),
                i.partnerships().stream().map(p -> p.partner()),
                i.forums().stream().flatMap(f -> Stream.concat(f.convenors().stream(), f.participants().stream())),
                i.commitments().stream().map(c -> c.stakeholder()),
                i.targets().stream().flatMap(t -> t.owners().stream()),
                i.actionPlans().stream().flatMap(p -> p.actions().stream())
                        .flatMap(a -> Stream.concat(Stream.of(a.responsible()), a.participants().stream())),
                i.pilots().stream().flatMap(p -> p.hostCities().stream())).flatMap(s -> s));
        assertThat(referenced).allMatch(ids::contains);
        assertThat(document.inventories()).allMatch(i -> ids.contains(i.owner()));
    }

    @Test
    void twinCitiesAreTwoDifferentMunicipalities() {
        assertThat(document.initiatives()).flatExtracting(Initiative::twinPairings)
                .allSatisfy(p -> {
                    assertThat(p.pilotCity()).isNotEqualTo(p.twinCity());
                    assertThat(document.requireActor(p.twinCity())).isInstanceOf(Municipality.class);
                });
    }
}
