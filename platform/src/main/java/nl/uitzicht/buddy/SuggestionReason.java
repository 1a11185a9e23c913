package nl.uitzicht.buddy;

import java.util.List;

/**
 * Why a trainer is suggested, and how many points that adds. {@code key} names the reason (a UI
 * text); {@code values} are what it is about: a programme group, school types or stakeholder kinds.
 */
public record SuggestionReason(String key, int points, List<String> values) {

    public static final String SAME_GROUP = "buddy.reason.sameGroup";
    public static final String SHARED_SCHOOL_TYPES = "buddy.reason.sharedSchoolTypes";
    public static final String COMPLEMENTARY = "buddy.reason.complementary";
    public static final String AVAILABLE = "buddy.reason.available";

    public SuggestionReason {
        values = List.copyOf(values);
    }
}
