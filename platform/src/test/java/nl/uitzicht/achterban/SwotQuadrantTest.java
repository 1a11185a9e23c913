package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwotQuadrantTest {

    @Test
    void theFourFieldsAreInternalOrExternalTimesPositiveOrNegative() {
        assertThat(SwotQuadrant.STRENGTH.internal()).isTrue();
        assertThat(SwotQuadrant.STRENGTH.positive()).isTrue();
        assertThat(SwotQuadrant.WEAKNESS.internal()).isTrue();
        assertThat(SwotQuadrant.WEAKNESS.positive()).isFalse();
        assertThat(SwotQuadrant.OPPORTUNITY.internal()).isFalse();
        assertThat(SwotQuadrant.OPPORTUNITY.positive()).isTrue();
        assertThat(SwotQuadrant.THREAT.internal()).isFalse();
        assertThat(SwotQuadrant.THREAT.positive()).isFalse();
    }

    @Test
    void everyCombinationOccursExactlyOnce() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SwotQuadrant q : SwotQuadrant.values()) {
            assertThat(seen.add(q.internal() + "/" + q.positive())).as(q.name()).isTrue();
        }
        assertThat(seen).hasSize(4);
    }
}
