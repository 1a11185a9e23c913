package nl.uitzicht.buddy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BuddyPairTest {

    private final UUID anna = UUID.randomUUID();
    private final UUID bert = UUID.randomUUID();
    private final BuddyPair pair = new BuddyPair(anna, bert, "  Zullen we? ", Instant.EPOCH);

    @Test
    void aRequestWaitsForTheAskedTrainer() {
        assertThat(pair.getStatus()).isEqualTo(BuddyStatus.REQUESTED);
        assertThat(pair.getStatus().open()).isTrue();
        assertThat(pair.viewFor(anna, "Bert").message()).isEqualTo("Zullen we?");
    }

    @Test
    void bothAndOnlyBothAreInvolvedEachSeeingTheOther() {
        assertThat(pair.involves(anna)).isTrue();
        assertThat(pair.involves(bert)).isTrue();
        assertThat(pair.involves(UUID.randomUUID())).isFalse();
        assertThat(pair.otherThan(anna)).isEqualTo(bert);
        assertThat(pair.otherThan(bert)).isEqualTo(anna);
        assertThat(pair.viewFor(anna, "Bert").askedByMe()).isTrue();
        assertThat(pair.viewFor(bert, "Anna").askedByMe()).isFalse();
        assertThat(pair.viewFor(bert, "Anna").buddyId()).isEqualTo(anna);
    }

    @Test
    void acceptedThenEnded() {
        pair.accept(Instant.EPOCH);
        assertThat(pair.getStatus()).isEqualTo(BuddyStatus.ACTIVE);
        pair.end(Instant.EPOCH);
        assertThat(pair.getStatus()).isEqualTo(BuddyStatus.ENDED);
        assertThat(pair.getStatus().open()).isFalse();
    }

    @Test
    void declined() {
        pair.decline(Instant.EPOCH);
        assertThat(pair.getStatus()).isEqualTo(BuddyStatus.DECLINED);
        assertThat(pair.getStatus().open()).isFalse();
    }

    @Test
    void theSharedMissionAndApproachAreCleaned() {
        pair.share("  Samen 20 scholen bereiken ", " ");
        BuddyPairView v = pair.viewFor(anna, "Bert");
        assertThat(v.mission()).isEqualTo("Samen 20 scholen bereiken");
        assertThat(v.approach()).isNull();
    }
}
