package nl.uitzicht.opp;

import java.util.Map;
import java.util.UUID;

/** How many OPPs of one school need attention, by reason: counts only, no pupil. */
public record SchoolWorklist(UUID schoolId, Map<WorklistItem.Reason, Integer> counts) {

    public SchoolWorklist {
        counts = Map.copyOf(counts);
    }

    public int count(WorklistItem.Reason reason) {
        return counts.getOrDefault(reason, 0);
    }
}
