package nl.uitzicht.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a rater works on: the round, the checklist version, and their own scores only. */
public record ScoreSheet(RoundSummary round, Checklist checklist, List<OwnScore> scores) implements Serializable {

    public Optional<OwnScore> score(UUID oppId, String itemCode) {
        return scores.stream()
                .filter(s -> s.oppId().equals(oppId) && s.itemCode().equals(itemCode))
                .findFirst();
    }

    public int missing() {
        return round.oppIds().size() * checklist.items().size() - scores.size();
    }
}
