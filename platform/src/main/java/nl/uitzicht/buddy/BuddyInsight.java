package nl.uitzicht.buddy;

import java.util.List;
import nl.uitzicht.achterban.AchterbanProgress;
import nl.uitzicht.achterban.SharedStakeholder;
import nl.uitzicht.trainer.TrainerProfileView;

/** What a trainer sees of their active buddy: progress counts, stakeholders' status, two-year hope. No notes. */
public record BuddyInsight(
        String buddyName,
        AchterbanProgress progress,
        List<SharedStakeholder> stakeholders,
        TrainerProfileView profile) {}
