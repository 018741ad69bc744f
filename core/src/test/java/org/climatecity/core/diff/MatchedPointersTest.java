package org.climatecity.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Optional;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.junit.jupiter.api.Test;

class MatchedPointersTest {

    private static final ProgrammeDocument CANONICAL = CanonicalScenario.document();

    @Test
    void findsAnObjectWhereverItsListElementMoved() {
        ProgrammeDocument reversed = DocumentEdits.actors(CANONICAL, Collections::reverse);
        MatchedPointers matched = MatchedPointers.between(CANONICAL, reversed, DiffOptions.DEFAULTS);
        int last = CANONICAL.actors().size() - 1;
        assertThat(matched.inNewer("/actors/0/name")).contains("/actors/" + last + "/name");
        assertThat(matched.inNewer("/actors/" + last)).contains("/actors/0");
        assertThat(matched.inNewer("/initiatives/0/name")).contains("/initiatives/0/name");
        assertThat(matched.inNewer("")).contains("");
    }

    @Test
    void findsNothingForARemovedObjectOrWhatIsInIt() {
        ProgrammeDocument fewer = DocumentEdits.initiative(CANONICAL, i -> i.targets.remove(0));
        MatchedPointers matched = MatchedPointers.between(CANONICAL, fewer, DiffOptions.DEFAULTS);
        assertThat(matched.inNewer("/initiatives/0/targets/0/milestones/0")).isEqualTo(Optional.empty());
        assertThat(matched.inNewer("/initiatives/0/targets/1/name")).contains("/initiatives/0/targets/0/name");
    }
}
