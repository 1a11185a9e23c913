package nl.uitzicht.achterban;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.TrainerOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress counts of an achterban: for the trainer, their buddy, and (summed) the region admin. */
@Service
@Transactional(readOnly = true)
@TrainerOnly
public class AchterbanOverview {

    private final Stakeholders stakeholders;
    private final Conversations conversations;
    private final SwotItems swot;
    private final VerwerkingActions actions;
    private final PracticeQuestions questions;

    AchterbanOverview(
            Stakeholders stakeholders,
            Conversations conversations,
            SwotItems swot,
            VerwerkingActions actions,
            PracticeQuestions questions) {
        this.stakeholders = stakeholders;
        this.conversations = conversations;
        this.swot = swot;
        this.actions = actions;
        this.questions = questions;
    }

    public AchterbanProgress progressOf(UUID trainerId) {
        return count(
                stakeholders.ofTrainer(trainerId),
                swot.ofTrainer(trainerId),
                actions.ofTrainer(trainerId),
                questions.ofTrainer(trainerId));
    }

    /** The region's totals over all trainers: what the region admin sees (counts, not content). */
    @RegionAdminOnly
    public AchterbanProgress regionTotals() {
        return count(stakeholders.findAll(), swot.findAll(), actions.findAll(), questions.findAll());
    }

    private AchterbanProgress count(
            List<Stakeholder> people, List<SwotItem> notes, List<VerwerkingAction> todo, List<PracticeQuestion> asked) {
        Map<StakeholderStatus, Integer> byStatus = new EnumMap<>(StakeholderStatus.class);
        Set<UUID> trainers = new HashSet<>();
        for (Stakeholder s : people) {
            byStatus.merge(s.getStatus(), 1, Integer::sum);
            trainers.add(s.getTrainerId());
        }
        notes.forEach(n -> trainers.add(n.getTrainerId()));
        Collection<UUID> ids = people.stream().map(Stakeholder::getId).toList();
        List<Conversation> talks = ids.isEmpty() ? List.of() : conversations.ofStakeholders(ids);
        int withOpps = (int) talks.stream().filter(Conversation::isOppsReviewed).count();
        int done = (int) todo.stream()
                .filter(a -> a.view().status() == ActionStatus.DONE)
                .count();
        int forMeeting =
                (int) asked.stream().filter(q -> q.view().forNextMeeting()).count();
        return new AchterbanProgress(
                trainers.size(),
                people.size(),
                byStatus,
                talks.size(),
                withOpps,
                notes.size(),
                done,
                todo.size(),
                forMeeting);
    }
}
