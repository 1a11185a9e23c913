package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.InvalidInputException;
import nl.uitzicht.trainer.NotYoursException;
import org.junit.jupiter.api.Test;

/** The VERWERKING rules with its repositories replaced by in-memory lists (no Spring, no database). */
class VerwerkingTest {

    private final UUID trainer = UUID.randomUUID();
    private final List<VerwerkingAction> stored = new ArrayList<>();
    private final VerwerkingActions actions = mock(VerwerkingActions.class);
    private final PracticeQuestions questions = mock(PracticeQuestions.class);
    private final Verwerking verwerking = new Verwerking(actions, questions);

    VerwerkingTest() {
        when(actions.ofTrainer(any())).thenAnswer(i -> stored.stream()
                .filter(a -> a.getTrainerId().equals(i.getArgument(0))).toList());
        when(actions.save(any())).thenAnswer(i -> {
            stored.add(i.getArgument(0));
            return i.getArgument(0);
        });
        when(actions.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
        when(questions.save(any())).thenAnswer(i -> i.getArgument(0));
        when(questions.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
    }

    @Test
    void theHandoutsFourActionsAreEveryTrainersStartingListCreatedOnce() {
        List<ActionView> first = verwerking.actionsOf(trainer);
        assertThat(first).extracting(ActionView::title).containsExactlyElementsOf(Verwerking.HANDOUT_ACTIONS);
        assertThat(first).extracting(ActionView::position).containsExactly(1, 2, 3, 4);
        assertThat(first).extracting(ActionView::status).containsOnly(ActionStatus.TODO);
        assertThat(verwerking.actionsOf(trainer)).hasSize(4);
        assertThat(stored).hasSize(4);
    }

    @Test
    void aNewActionGoesAfterTheLastOne() {
        ActionView added = verwerking.addAction(trainer, "  Nieuwsbrief schrijven ");
        assertThat(added.position()).isEqualTo(5);
        assertThat(added.title()).isEqualTo("Nieuwsbrief schrijven");
        assertThat(verwerking.addAction(trainer, "Nog een").position()).isEqualTo(6);
    }

    @Test
    void anActionNeedsATitleOfAtMost200Characters() {
        assertThatThrownBy(() -> verwerking.addAction(trainer, " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry("title", "trainer.validation.required"));
        assertThatThrownBy(() -> verwerking.addAction(trainer, "t".repeat(201)))
                .isInstanceOf(InvalidInputException.class);
        verify(actions, never()).ofTrainer(trainer);
    }

    @Test
    void onlyTheOwnerUpdatesAnActionAndOnlyTheVersionTheySaw() {
        VerwerkingAction action = new VerwerkingAction(trainer, 1, "Lijst");
        when(actions.findById(any())).thenReturn(Optional.of(action));
        assertThatThrownBy(() -> verwerking.updateAction(UUID.randomUUID(), UUID.randomUUID(), 0, ActionStatus.DONE, null))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> verwerking.updateAction(trainer, UUID.randomUUID(), 1, ActionStatus.DONE, null))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> verwerking.updateAction(trainer, UUID.randomUUID(), 0, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsEntry("status", "trainer.validation.choose"));
        assertThat(verwerking.updateAction(trainer, UUID.randomUUID(), 0, ActionStatus.DONE, " klaar ").notes())
                .isEqualTo("klaar");
    }

    @Test
    void aRemovedActionIsAConflictNotACrash() {
        when(actions.findById(any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> verwerking.updateAction(trainer, UUID.randomUUID(), 0, ActionStatus.DONE, null))
                .isInstanceOf(ChangedMeanwhileException.class);
    }

    @Test
    void aQuestionNeedsTextOfAtMost500Characters() {
        assertThatThrownBy(() -> verwerking.addQuestion(trainer, null, true)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> verwerking.addQuestion(trainer, "q".repeat(501), true))
                .isInstanceOf(InvalidInputException.class);
        QuestionView q = verwerking.addQuestion(trainer, "q".repeat(500), true);
        assertThat(q.forNextMeeting()).isTrue();
        assertThat(q.trainerId()).isEqualTo(trainer);
    }

    @Test
    void onlyTheAskerMarksOrRemovesTheirQuestion() {
        PracticeQuestion question = new PracticeQuestion(trainer, "Vraag", false, java.time.Instant.EPOCH);
        when(questions.findById(any())).thenReturn(Optional.of(question));
        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> verwerking.markForNextMeeting(other, UUID.randomUUID(), true))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> verwerking.removeQuestion(other, UUID.randomUUID()))
                .isInstanceOf(NotYoursException.class);
        verify(questions, never()).delete(any());
        assertThat(verwerking.markForNextMeeting(trainer, UUID.randomUUID(), true).forNextMeeting()).isTrue();
        verwerking.removeQuestion(trainer, UUID.randomUUID());
        verify(questions).delete(question);
    }
}
