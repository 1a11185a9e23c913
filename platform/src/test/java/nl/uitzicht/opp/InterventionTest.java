package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterventionTest {

    @Test
    void anInterventionIsIdentifiedByItsKey() {
        UUID key = UUID.randomUUID();
        Intervention a = new Intervention(
                key,
                "Lezen",
                Performer.TEACHER,
                "dagelijks",
                new UUID[] {UUID.randomUUID()},
                UUID.randomUUID(),
                SupportLevel.EXTRA);
        Intervention renamed = new Intervention(
                key, "Samen lezen", Performer.PARENTS, "wekelijks", new UUID[0], UUID.randomUUID(), SupportLevel.BASIC);
        assertThat(a).isEqualTo(renamed).hasSameHashCodeAs(renamed);
        assertThat(a)
                .isNotEqualTo(new Intervention(
                        UUID.randomUUID(),
                        "Lezen",
                        Performer.TEACHER,
                        "dagelijks",
                        new UUID[0],
                        UUID.randomUUID(),
                        SupportLevel.EXTRA));
        assertThat(a.toString()).contains(key.toString(), "Lezen");
    }

    @Test
    void itsGoalsCannotBeChangedThroughTheList() {
        UUID goal = UUID.randomUUID();
        UUID[] keys = {goal};
        Intervention i = new Intervention(
                UUID.randomUUID(), "Lezen", Performer.PUPIL, "dagelijks", keys, UUID.randomUUID(), SupportLevel.EXTRA);
        assertThat(i.goals()).containsExactly(goal);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> i.goals().add(UUID.randomUUID()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
