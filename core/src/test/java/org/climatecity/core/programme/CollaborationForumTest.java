package org.climatecity.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class CollaborationForumTest {

    private static final LocalId ID = LocalId.of("forum");
    private static final ActorId REGION = ActorId.of("region-dalarna");
    private static final ActorId BORLANGE = ActorId.of("borlange");

    @Test
    void keepsConvenorsParticipantsPurposesAndOutputs() {
        CollaborationForum forum = new CollaborationForum(ID, " Forum ", List.of(REGION), List.of(BORLANGE),
                List.of(" share experience "), List.of(LocalId.of("plan")));

        assertThat(forum.name()).isEqualTo("Forum");
        assertThat(forum.purposes()).containsExactly("share experience");
        assertThat(forum.outputs()).containsExactly(LocalId.of("plan"));
    }

    @Test
    void rejectsRepeatedActorsAndOutputsAndBlankPurposes() {
        assertThatThrownBy(() -> new CollaborationForum(ID, "F", List.of(REGION, REGION), List.of(), List.of(),
                List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("convenors must not repeat a value, repeated 'region-dalarna'");
        assertThatThrownBy(() -> new CollaborationForum(ID, "F", List.of(), List.of(BORLANGE, BORLANGE), List.of(),
                List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("participants must not repeat a value, repeated 'borlange'");
        assertThatThrownBy(() -> new CollaborationForum(ID, "F", List.of(), List.of(), List.of(" "), List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("purposes element must not be blank");
        assertThatThrownBy(() -> new CollaborationForum(ID, "F", List.of(), List.of(), List.of(),
                List.of(ID, ID))).isInstanceOf(ClimateCityException.class)
                .hasMessage("outputs must not repeat a value, repeated 'forum'");
        assertThatThrownBy(() -> new CollaborationForum(null, "F", List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("forum id must not be null");
    }
}
