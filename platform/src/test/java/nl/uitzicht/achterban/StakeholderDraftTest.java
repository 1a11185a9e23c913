package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StakeholderDraftTest {

    private static StakeholderDraft draft(StakeholderKind kind, UUID school) {
        return new StakeholderDraft(
                kind,
                "De Regenboog",
                "ib'er",
                school,
                "Via het ib-netwerk",
                Level.HIGH,
                Level.MEDIUM,
                StakeholderStatus.NOT_APPROACHED,
                null);
    }

    @Test
    void aCompleteDraftIsFine() {
        assertThat(draft(StakeholderKind.PERSON, null).errors()).isEmpty();
        assertThat(draft(StakeholderKind.SCHOOL, UUID.randomUUID()).errors()).isEmpty();
    }

    @Test
    void aSchoolStakeholderNeedsTheSchool() {
        assertThat(draft(StakeholderKind.SCHOOL, null).errors())
                .containsExactly(java.util.Map.entry("schoolId", "achterban.validation.schoolRequired"));
    }

    @Test
    void kindNameInfluenceInterestAndStatusAreRequired() {
        StakeholderDraft empty = new StakeholderDraft(null, " ", null, null, null, null, null, null, null);
        assertThat(empty.errors()).containsOnlyKeys("kind", "name", "influence", "interest", "status");
        assertThat(empty.errors().get("name")).isEqualTo("trainer.validation.required");
        assertThat(empty.errors().get("kind")).isEqualTo("trainer.validation.choose");
    }

    @Test
    void lengthLimits() {
        StakeholderDraft ok = new StakeholderDraft(
                StakeholderKind.ORGANISATION,
                "n".repeat(120),
                "r".repeat(120),
                null,
                "i".repeat(1000),
                Level.LOW,
                Level.LOW,
                StakeholderStatus.ON_BOARD,
                "p".repeat(2000));
        assertThat(ok.errors()).isEmpty();
        StakeholderDraft tooLong = new StakeholderDraft(
                StakeholderKind.ORGANISATION,
                "n".repeat(121),
                "r".repeat(121),
                null,
                "i".repeat(1001),
                Level.LOW,
                Level.LOW,
                StakeholderStatus.ON_BOARD,
                "p".repeat(2001));
        assertThat(tooLong.errors()).containsOnlyKeys("name", "role", "involvement", "privateNotes");
    }
}
