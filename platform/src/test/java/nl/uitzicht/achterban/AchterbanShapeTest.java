package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AchterbanShapeTest {

    private static StakeholderView view(StakeholderKind kind, UUID school) {
        return new StakeholderView(
                UUID.randomUUID(),
                kind,
                "n",
                null,
                school,
                null,
                Level.LOW,
                Level.LOW,
                StakeholderStatus.NOT_APPROACHED,
                null,
                0,
                0,
                0);
    }

    @Test
    void oneStakeholderGivesItsKindAndItsSchoolIfAny() {
        UUID school = UUID.randomUUID();
        assertThat(AchterbanShape.of(view(StakeholderKind.SCHOOL, school)))
                .isEqualTo(new AchterbanShape(Set.of(StakeholderKind.SCHOOL), Set.of(school), 1));
        assertThat(AchterbanShape.of(view(StakeholderKind.PERSON, null)))
                .isEqualTo(new AchterbanShape(Set.of(StakeholderKind.PERSON), Set.of(), 1));
    }

    @Test
    void shapesAddUpKindsSchoolsAndCounts() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        AchterbanShape sum = AchterbanShape.EMPTY
                .plus(AchterbanShape.of(view(StakeholderKind.SCHOOL, a)))
                .plus(AchterbanShape.of(view(StakeholderKind.SCHOOL, b)))
                .plus(AchterbanShape.of(view(StakeholderKind.SCHOOL, a)))
                .plus(AchterbanShape.of(view(StakeholderKind.PERSON, null)));
        assertThat(sum.kinds()).containsExactlyInAnyOrder(StakeholderKind.SCHOOL, StakeholderKind.PERSON);
        assertThat(sum.schoolIds()).containsExactlyInAnyOrder(a, b);
        assertThat(sum.stakeholders()).isEqualTo(4);
    }

    @Test
    void addingNothingChangesNothing() {
        AchterbanShape one = AchterbanShape.of(view(StakeholderKind.INSTITUTION, null));
        assertThat(one.plus(AchterbanShape.EMPTY)).isEqualTo(one);
    }
}
