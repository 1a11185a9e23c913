package nl.uitzicht.achterban;

import java.io.Serializable;
import java.util.Map;

/**
 * How far a trainer (or the whole region) has come: counts only, never notes. This is what a buddy
 * and the region admin see.
 */
public record AchterbanProgress(
        int trainers,
        int stakeholders,
        Map<StakeholderStatus, Integer> byStatus,
        int conversations,
        int conversationsWithOpps,
        int swotItems,
        int actionsDone,
        int actionsTotal,
        int questionsForNextMeeting)
        implements Serializable {

    public AchterbanProgress {
        byStatus = Map.copyOf(byStatus);
    }

    public int withStatus(StakeholderStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
