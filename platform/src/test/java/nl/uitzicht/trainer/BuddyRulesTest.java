package nl.uitzicht.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One active buddy per trainer unless the region allows more, up to 5 (no Spring, no database). */
class BuddyRulesTest {

    private final TrainerSettingsRows rows = mock(TrainerSettingsRows.class);
    private final BuddyRules rules = new BuddyRules(rows);

    @Test
    void withoutSettingsATrainerHasOneActiveBuddy() {
        when(rows.current()).thenReturn(Optional.empty());
        assertThat(rules.maxActiveBuddies()).isEqualTo(BuddyRules.DEFAULT_MAX_ACTIVE_BUDDIES).isEqualTo(1);
    }

    @Test
    void theRegionMayAllowOneToFive() {
        TrainerSettings settings = new TrainerSettings(1);
        when(rows.current()).thenReturn(Optional.of(settings));
        rules.allowActiveBuddies(5);
        assertThat(settings.getMaxActiveBuddies()).isEqualTo(5);
        assertThat(rules.maxActiveBuddies()).isEqualTo(5);
        rules.allowActiveBuddies(1);
        assertThat(rules.maxActiveBuddies()).isEqualTo(1);
    }

    @Test
    void zeroOrSixAreRefusedAndNothingIsSaved() {
        for (int max : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> rules.allowActiveBuddies(max)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).containsEntry("maxActiveBuddies", "buddy.validation.maxRange"));
        }
        verify(rows, never()).save(any());
    }

    @Test
    void theFirstSettingCreatesTheRegionsRow() {
        when(rows.current()).thenReturn(Optional.empty());
        rules.allowActiveBuddies(3);
        verify(rows).save(org.mockito.ArgumentMatchers.argThat(s -> s.getMaxActiveBuddies() == 3));
    }
}
