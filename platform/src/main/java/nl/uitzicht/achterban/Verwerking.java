package nl.uitzicht.achterban;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.TrainerOnly;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.Checks;
import nl.uitzicht.trainer.NotYoursException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handout's VERWERKING: a trainer's action list (starting with the handout's four actions) and
 * the questions and dilemmas they bring in at the next online practice meeting.
 */
@Service
@Transactional
@TrainerOnly
public class Verwerking {

    /** The four actions of the handout, every trainer's starting list. */
    public static final List<String> HANDOUT_ACTIONS = List.of(
            "Lijst opstellen van personen/ scholen/ instellingen/ organisaties (die kunnen dienen als achterban)",
            "Manier van achterban betrekken",
            "Gesprekken voeren met stakeholders en bij voorkeur OPP’s bekijken (uit je achterban)",
            "Vragen, dilemma’s t.a.v. werven achterban (inbrengen bij 1e online praktijkbijeenkomst)");

    private final VerwerkingActions actions;
    private final PracticeQuestions questions;
    private final Clock clock;

    Verwerking(VerwerkingActions actions, PracticeQuestions questions, Clock clock) {
        this.clock = clock;
        this.actions = actions;
        this.questions = questions;
    }

    /** The trainer's actions; the handout's four are created the first time. */
    public List<ActionView> actionsOf(@CallerId UUID trainerId) {
        List<VerwerkingAction> mine = actions.ofTrainer(trainerId);
        if (mine.isEmpty()) {
            for (int i = 0; i < HANDOUT_ACTIONS.size(); i++) {
                actions.save(new VerwerkingAction(trainerId, i + 1, HANDOUT_ACTIONS.get(i)));
            }
            mine = actions.ofTrainer(trainerId);
        }
        return mine.stream().map(VerwerkingAction::view).toList();
    }

    public ActionView addAction(@CallerId UUID trainerId, @Nullable String title) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "title", title, 200);
        Checks.throwIfAny(errors);
        int next = actionsOf(trainerId).stream()
                        .mapToInt(ActionView::position)
                        .max()
                        .orElse(0)
                + 1;
        return actions.save(new VerwerkingAction(trainerId, next, title)).view();
    }

    public ActionView updateAction(
            @CallerId UUID trainerId,
            UUID actionId,
            long version,
            @Nullable ActionStatus status,
            @Nullable String notes) {
        VerwerkingAction action = actions.findById(actionId).orElseThrow(() -> new ChangedMeanwhileException("Action"));
        if (!action.getTrainerId().equals(trainerId)) {
            throw new NotYoursException("Action");
        }
        if (action.getVersion() != version) {
            throw new ChangedMeanwhileException("Action");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.present(errors, "status", status);
        Checks.maxLength(errors, "notes", notes, 2000);
        Checks.throwIfAny(errors);
        action.update(status, notes);
        return actions.saveAndFlush(action).view();
    }

    @Transactional(readOnly = true)
    public List<QuestionView> questionsOf(@CallerId UUID trainerId) {
        return questions.ofTrainer(trainerId).stream()
                .map(PracticeQuestion::view)
                .toList();
    }

    public QuestionView addQuestion(@CallerId UUID trainerId, @Nullable String text, boolean forNextMeeting) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "text", text, 500);
        Checks.throwIfAny(errors);
        return questions
                .save(new PracticeQuestion(trainerId, text, forNextMeeting, clock.instant()))
                .view();
    }

    public QuestionView markForNextMeeting(@CallerId UUID trainerId, UUID questionId, boolean forNextMeeting) {
        PracticeQuestion question = own(trainerId, questionId);
        question.markForNextMeeting(forNextMeeting);
        return questions.saveAndFlush(question).view();
    }

    public void removeQuestion(@CallerId UUID trainerId, UUID questionId) {
        questions.delete(own(trainerId, questionId));
    }

    /** All questions of the region's trainers marked for the next practice meeting, for the meeting's trainer. */
    @Transactional(readOnly = true)
    public List<QuestionView> forNextPracticeMeeting() {
        return questions.forNextMeeting().stream().map(PracticeQuestion::view).toList();
    }

    private PracticeQuestion own(UUID trainerId, UUID questionId) {
        PracticeQuestion question =
                questions.findById(questionId).orElseThrow(() -> new ChangedMeanwhileException("Question"));
        if (!question.getTrainerId().equals(trainerId)) {
            throw new NotYoursException("Question");
        }
        return question;
    }
}
