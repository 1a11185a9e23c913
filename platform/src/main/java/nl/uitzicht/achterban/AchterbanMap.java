package nl.uitzicht.achterban;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.TrainerOnly;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.Checks;
import nl.uitzicht.trainer.NotYoursException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's achterban: the stakeholders, how far each has come, and the conversations held.
 * Every call names the trainer; a trainer only ever reaches their own stakeholders.
 */
@Service
@Transactional(readOnly = true)
@TrainerOnly
public class AchterbanMap {

    private final Stakeholders stakeholders;
    private final Conversations conversations;
    private final SchoolDirectory schools;
    private final Clock clock;

    AchterbanMap(Stakeholders stakeholders, Conversations conversations, SchoolDirectory schools, Clock clock) {
        this.clock = clock;
        this.stakeholders = stakeholders;
        this.conversations = conversations;
        this.schools = schools;
    }

    public List<StakeholderView> stakeholdersOf(@CallerId UUID trainerId) {
        List<Stakeholder> mine = stakeholders.ofTrainer(trainerId);
        Map<UUID, List<Conversation>> talks = conversationsOf(mine);
        return mine.stream()
                .map(s -> view(s, talks.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    /**
     * The schools in the trainer's achterban: the schools they mapped as a stakeholder. These are the schools whose
     * basic-support mirror and checklist results the trainer sees (issue 18 point 4).
     */
    public java.util.Set<UUID> schoolsOf(@CallerId UUID trainerId) {
        return stakeholders.ofTrainer(trainerId).stream()
                .map(Stakeholder::getSchoolId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Transactional
    public StakeholderView add(@CallerId UUID trainerId, StakeholderDraft draft) {
        check(draft);
        return stakeholders
                .save(new Stakeholder(trainerId, draft, clock.instant()))
                .view(0, 0);
    }

    @Transactional
    public StakeholderView update(@CallerId UUID trainerId, UUID stakeholderId, long version, StakeholderDraft draft) {
        Stakeholder stakeholder = own(trainerId, stakeholderId);
        if (stakeholder.getVersion() != version) {
            throw new ChangedMeanwhileException("Stakeholder");
        }
        check(draft);
        stakeholder.apply(draft);
        stakeholders.flush();
        return view(stakeholder, conversations.ofStakeholder(stakeholderId));
    }

    @Transactional
    public void remove(@CallerId UUID trainerId, UUID stakeholderId) {
        Stakeholder stakeholder = own(trainerId, stakeholderId);
        conversations.deleteOfStakeholder(stakeholderId);
        stakeholders.delete(stakeholder);
    }

    public List<ConversationView> conversations(@CallerId UUID trainerId, UUID stakeholderId) {
        own(trainerId, stakeholderId);
        return conversations.ofStakeholder(stakeholderId).stream()
                .map(Conversation::view)
                .toList();
    }

    @Transactional
    public ConversationView logConversation(@CallerId UUID trainerId, UUID stakeholderId, ConversationDraft draft) {
        own(trainerId, stakeholderId);
        Checks.throwIfAny(draft.errors(LocalDate.now(clock)));
        return conversations.save(new Conversation(stakeholderId, draft)).view();
    }

    /** What a buddy may see of this trainer's stakeholders: names, kinds and status, no notes or plans. */
    public List<SharedStakeholder> sharedOf(UUID trainerId) {
        return stakeholders.ofTrainer(trainerId).stream()
                .map(Stakeholder::shared)
                .toList();
    }

    /** The kinds of stakeholders and the schools in the achterban of each of these trainers. */
    public Map<UUID, AchterbanShape> shapesOf(Collection<UUID> trainerIds) {
        Map<UUID, AchterbanShape> shapes = new HashMap<>();
        if (trainerIds.isEmpty()) {
            return shapes;
        }
        for (Stakeholder s : stakeholders.ofTrainers(trainerIds)) {
            shapes.merge(s.getTrainerId(), AchterbanShape.of(s.view(0, 0)), AchterbanShape::plus);
        }
        return shapes;
    }

    private void check(StakeholderDraft draft) {
        Map<String, String> errors = draft.errors();
        UUID schoolId = draft.schoolId();
        if (draft.kind() == StakeholderKind.SCHOOL
                && schoolId != null
                && schools.byIds(Set.of(schoolId)).isEmpty()) {
            errors.put("schoolId", "achterban.validation.schoolUnknown");
        }
        Checks.throwIfAny(errors);
    }

    private Stakeholder own(UUID trainerId, UUID stakeholderId) {
        Stakeholder stakeholder =
                stakeholders.findById(stakeholderId).orElseThrow(() -> new ChangedMeanwhileException("Stakeholder"));
        if (!stakeholder.getTrainerId().equals(trainerId)) {
            throw new NotYoursException("Stakeholder");
        }
        return stakeholder;
    }

    private Map<UUID, List<Conversation>> conversationsOf(List<Stakeholder> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return conversations
                .ofStakeholders(list.stream().map(Stakeholder::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(Conversation::getStakeholderId));
    }

    private static StakeholderView view(Stakeholder s, List<Conversation> talks) {
        int withOpps = (int) talks.stream().filter(Conversation::isOppsReviewed).count();
        return s.view(talks.size(), withOpps);
    }
}
