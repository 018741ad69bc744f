package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.climatecity.core.document.DocumentValidation.Problem;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;

class InvalidScenarioTest {

    private final ProgrammeDocument invalid = CanonicalScenario.invalidVariant();

    @Test
    void reportsExactlyTheSevenBrokenRulesWithPathsAndMessages() {
        assertThat(DocumentValidation.problems(invalid)).containsExactlyInAnyOrder(
                of("actors[41].id", "unique-ids",
                        "actor id 'avesta' must be unique in the document, already used by actors[24]"),
                of("initiatives[0].twinPairings[0].twinCity", "known-actors",
                        "references unknown actor 'avesta2'"),
                of("programmes[0].agencies[6].member", "referenced-actor-kinds",
                        "must name a national agency, but 'falun' (Falun) is a municipality"),
                of("initiatives[0].partnerships[0].roles[3].period", "non-overlapping-roles",
                        "periods of role supporting of partner 'region-dalarna' must not overlap, overlaps roles[0]"),
                of("initiatives[0].scopes[1].from", "ordered-scopes",
                        "scopes must start in strictly increasing date order, 2021-10-01 is not after 2024-12-01"
                                + " of scopes[0]"),
                of("initiatives[0].scalingPlans[0].stages[1].geographies", "nested-scaling-stages",
                        "geographies of stage 'dalarna' must cover those of the previous stage 'pilot-cities'"),
                of("initiatives[0].targets[1].milestones[1].year", "ordered-target-years",
                        "milestone year must be before the target year 2030, was 2035"));
    }

    @Test
    void breaksSevenDifferentRules() {
        Set<String> rules = DocumentValidation.problems(invalid).stream().map(Problem::code)
                .collect(Collectors.toSet());

        assertThat(rules).hasSize(7);
    }

    @Test
    void putsListIndexesOnTheNodesOfThePath() {
        ConstraintViolation<ProgrammeDocument> twin = DocumentValidation.violations(invalid).stream()
                .filter(v -> RuleViolation.from(v).orElseThrow().code().equals("known-actors")).findFirst()
                .orElseThrow();
        Iterator<Path.Node> nodes = twin.getPropertyPath().iterator();

        Path.Node initiatives = nodes.next();
        Path.Node pairings = nodes.next();
        Path.Node twinCity = nodes.next();
        assertThat(initiatives.getName()).isEqualTo("initiatives");
        assertThat(initiatives.getIndex()).isNull();
        assertThat(pairings.getName()).isEqualTo("twinPairings");
        assertThat(pairings.isInIterable()).isTrue();
        assertThat(pairings.getIndex()).isZero();
        assertThat(twinCity.getName()).isEqualTo("twinCity");
        assertThat(twinCity.getIndex()).isZero();
        assertThat(nodes.hasNext()).isFalse();
        assertThat(twin.getInvalidValue()).isSameAs(invalid);
    }
}
