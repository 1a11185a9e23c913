package nl.uitzicht.buddy;

import java.util.List;
import java.util.UUID;

/** A trainer one could ask, with the score and every reason that makes it up. */
public record BuddySuggestion(UUID trainerId, String name, int score, List<SuggestionReason> reasons) {

    public BuddySuggestion {
        reasons = List.copyOf(reasons);
    }
}
