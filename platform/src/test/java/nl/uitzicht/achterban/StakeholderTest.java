package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StakeholderTest {

    private final UUID trainer = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();

    private Stakeholder stakeholder(StakeholderKind kind) {
        return new Stakeholder(
                trainer,
                new StakeholderDraft(
                        kind,
                        "  Mevr. Jansen ",
                        "  ",
                        school,
                        " bellen ",
                        Level.HIGH,
                        Level.LOW,
                        StakeholderStatus.IN_CONVERSATION,
                        " wantrouwig "),
                Instant.EPOCH);
    }

    @Test
    void onlyASchoolStakeholderKeepsItsSchool() {
        assertThat(stakeholder(StakeholderKind.SCHOOL).view(0, 0).schoolId()).isEqualTo(school);
        assertThat(stakeholder(StakeholderKind.PERSON).view(0, 0).schoolId()).isNull();
    }

    @Test
    void textIsTrimmedAndBlankBecomesEmpty() {
        StakeholderView view = stakeholder(StakeholderKind.PERSON).view(3, 1);
        assertThat(view.name()).isEqualTo("Mevr. Jansen");
        assertThat(view.role()).isNull();
        assertThat(view.involvement()).isEqualTo("bellen");
        assertThat(view.privateNotes()).isEqualTo("wantrouwig");
        assertThat(view.conversations()).isEqualTo(3);
        assertThat(view.conversationsWithOpps()).isEqualTo(1);
    }

    @Test
    void whatABuddySeesHasNoNotesRoleOrInvolvement() {
        SharedStakeholder shared = stakeholder(StakeholderKind.PERSON).shared();
        assertThat(shared)
                .isEqualTo(new SharedStakeholder(
                        "Mevr. Jansen",
                        StakeholderKind.PERSON,
                        StakeholderStatus.IN_CONVERSATION,
                        Level.HIGH,
                        Level.LOW));
        assertThat(shared.toString()).doesNotContain("wantrouwig", "bellen");
    }

    @Test
    void changingTheKindAwayFromSchoolDropsTheSchool() {
        Stakeholder s = stakeholder(StakeholderKind.SCHOOL);
        s.apply(new StakeholderDraft(
                StakeholderKind.INSTITUTION,
                "GGD",
                null,
                school,
                null,
                Level.LOW,
                Level.LOW,
                StakeholderStatus.ON_BOARD,
                null));
        assertThat(s.view(0, 0).schoolId()).isNull();
        assertThat(s.getStatus()).isEqualTo(StakeholderStatus.ON_BOARD);
        assertThat(s.getTrainerId()).isEqualTo(trainer);
    }
}
