package org.climatecity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void addsEachIdOnceAndFindsItByEquality() {
        IdSet set = new IdSet(2);
        assertThat(set.add(LocalId.of("a"))).isTrue();
        assertThat(set.add(LocalId.of("b"))).isTrue();
        assertThat(set.add(LocalId.of("a"))).as("an equal id, another instance").isFalse();
        assertThat(set.contains(LocalId.of("b"))).isTrue();
        assertThat(set.contains(LocalId.of("c"))).isFalse();
        assertThat(set.containsAll(List.of(LocalId.of("a"), LocalId.of("b")))).isTrue();
        assertThat(set.containsAll(List.of(LocalId.of("a"), LocalId.of("c")))).isFalse();
        assertThat(set.containsAll(List.of())).isTrue();
    }

    @Test
    void growsBeyondTheNumberItWasSizedFor() {
        IdSet set = new IdSet(1);
        List<LocalId> ids = IntStream.range(0, 10_000).mapToObj(i -> LocalId.of("id-" + i)).toList();
        assertThat(set.addAll(ids, Function.identity())).isTrue();
        assertThat(ids).allSatisfy(id -> assertThat(set.contains(id)).isTrue());
        assertThat(set.contains(LocalId.of("id-10000"))).isFalse();
        assertThat(set.add(LocalId.of("id-9999"))).isFalse();
    }

    @Test
    void addAllTellsOfARepeatWithinTheListOrWithTheSetAndStillAddsTheRest() {
        IdSet set = IdSet.of(List.of("x"), Function.identity());
        assertThat(set.addAll(List.of("y", "y", "z"), Function.identity())).isFalse();
        assertThat(set.contains("z")).isTrue();
        assertThat(set.addAll(List.of("x"), Function.identity())).isFalse();
        assertThat(set.addAll(List.of("w"), Function.identity())).isTrue();
    }

    @Test
    void keepsIdsWhoseHashesCollide() {
        // "Aa" and "BB" have the same String hash code
        IdSet set = new IdSet(4);
        assertThat(set.add("Aa")).isTrue();
        assertThat(set.add("BB")).isTrue();
        assertThat(set.contains("Aa")).isTrue();
        assertThat(set.contains("BB")).isTrue();
        assertThat(set.add("BB")).isFalse();
    }
}
