package nl.uitzicht.buddy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.uitzicht.achterban.StakeholderKind;
import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * The score of a suggested buddy, reason by reason: same programme group +3, per shared school type +2
 * (at most two), per stakeholder kind only the other has +1, room for a buddy +1.
 */
class BuddySuggestionsRulesTest {

    private static int score(List<SuggestionReason> reasons) {
        return reasons.stream().mapToInt(SuggestionReason::points).sum();
    }

    @Test
    void aStrangerWithNoRoomScoresNothing() {
        assertThat(BuddySuggestions.reasons(
                        "Groep A",
                        "Groep B",
                        Set.of(SchoolType.BAO),
                        Set.of(SchoolType.VO),
                        Set.of(StakeholderKind.SCHOOL),
                        Set.of(StakeholderKind.SCHOOL),
                        1))
                .isEmpty();
    }

    @Test
    void theSameGroupIgnoringCase() {
        List<SuggestionReason> reasons =
                BuddySuggestions.reasons("groep a", "Groep A", Set.of(), Set.of(), Set.of(), Set.of(), 1);
        assertThat(reasons).containsExactly(new SuggestionReason(SuggestionReason.SAME_GROUP, 3, List.of("Groep A")));
        assertThat(BuddySuggestions.reasons(null, null, Set.of(), Set.of(), Set.of(), Set.of(), 1))
                .isEmpty();
        assertThat(BuddySuggestions.reasons(null, "Groep A", Set.of(), Set.of(), Set.of(), Set.of(), 1))
                .isEmpty();
    }

    @Test
    void sharedSchoolTypesCountAtMostTwice() {
        Set<SchoolType> all = Set.of(SchoolType.BAO, SchoolType.SBO, SchoolType.SO);
        List<SuggestionReason> reasons = BuddySuggestions.reasons(null, null, all, all, Set.of(), Set.of(), 1);
        assertThat(reasons)
                .containsExactly(new SuggestionReason(SuggestionReason.SHARED_SCHOOL_TYPES, 4, List.of("BAO", "SBO")));
        assertThat(score(BuddySuggestions.reasons(
                        null,
                        null,
                        Set.of(SchoolType.VO),
                        Set.of(SchoolType.VO, SchoolType.PRO),
                        Set.of(),
                        Set.of(),
                        1)))
                .isEqualTo(2);
    }

    @Test
    void onlyKindsTheOtherHasAndIDoNotAreComplementary() {
        List<SuggestionReason> reasons = BuddySuggestions.reasons(
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(StakeholderKind.SCHOOL),
                Set.of(StakeholderKind.SCHOOL, StakeholderKind.PERSON, StakeholderKind.ORGANISATION),
                1);
        assertThat(reasons)
                .containsExactly(
                        new SuggestionReason(SuggestionReason.COMPLEMENTARY, 2, List.of("PERSON", "ORGANISATION")));
    }

    @Test
    void everythingAddsUp() {
        List<SuggestionReason> reasons = BuddySuggestions.reasons(
                "A",
                "a",
                Set.of(SchoolType.BAO),
                Set.of(SchoolType.BAO),
                Set.of(),
                Set.of(StakeholderKind.INSTITUTION),
                0);
        assertThat(reasons)
                .extracting(SuggestionReason::key)
                .containsExactly(
                        SuggestionReason.SAME_GROUP,
                        SuggestionReason.SHARED_SCHOOL_TYPES,
                        SuggestionReason.COMPLEMENTARY,
                        SuggestionReason.AVAILABLE);
        assertThat(score(reasons)).isEqualTo(3 + 2 + 1 + 1);
    }
}
