package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.programme.InitiativeScope;
import org.junit.jupiter.api.Test;

class OrderedScopesTest {

    @Test
    void reportsAScopeStartingOnTheSameDateAsThePrevious() {
        ProgrammeDocument document = DocumentEdits.initiative(CanonicalScenario.document(), i -> i.scopes.add(
                new InitiativeScope(CanonicalScenario.EXPANSION, Geography.country(CountryCode.SWEDEN), null)));

        assertThat(DocumentValidation.problems(document)).containsExactly(of("initiatives[0].scopes[2].from",
                "ordered-scopes", "scopes must start in strictly increasing date order, 2024-12-01 is not after"
                        + " 2024-12-01 of scopes[1]"));
    }
}
