package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.InvalidInputException;
import nl.uitzicht.trainer.NotYoursException;
import org.junit.jupiter.api.Test;

/** The audience analysis and unhelpful thoughts, with the repositories replaced (no Spring, no database). */
class AudienceTest {

    private final UUID trainer = UUID.randomUUID();
    private final AudienceAnalyses analyses = mock(AudienceAnalyses.class);
    private final UnhelpfulThoughts thoughts = mock(UnhelpfulThoughts.class);
    private final Audience audience = new Audience(analyses, thoughts);

    AudienceTest() {
        when(analyses.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
        when(thoughts.save(any())).thenAnswer(i -> i.getArgument(0));
        when(thoughts.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
    }

    @Test
    void aTrainerWithoutAnAnalysisGetsAnEmptyOneAtVersionMinusOne() {
        when(analyses.ofTrainer(trainer)).thenReturn(Optional.empty());
        assertThat(audience.analysisOf(trainer)).isEqualTo(new AudienceView(AudienceDraft.EMPTY, -1));
    }

    @Test
    void theFirstSaveMustStartFromVersionMinusOne() {
        when(analyses.ofTrainer(trainer)).thenReturn(Optional.empty());
        AudienceDraft draft = new AudienceDraft("ib'ers", null, null, null, "Kern");
        assertThatThrownBy(() -> audience.save(trainer, 0, draft)).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(audience.save(trainer, -1, draft).answers()).isEqualTo(draft);
    }

    @Test
    void aSaveOnAnOlderVersionIsRefused() {
        AudienceAnalysis existing = new AudienceAnalysis(trainer);
        when(analyses.ofTrainer(trainer)).thenReturn(Optional.of(existing));
        assertThatThrownBy(() -> audience.save(trainer, -1, AudienceDraft.EMPTY))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(audience.save(trainer, 0, AudienceDraft.EMPTY).version()).isZero();
    }

    @Test
    void aTooLongAnswerIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> audience.save(trainer, -1, new AudienceDraft(null, null, null, null, "k".repeat(501))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("kernboodschap"));
        verify(analyses, never()).ofTrainer(any());
    }

    @Test
    void aThoughtIsRequiredAndItsAnswerLimited() {
        assertThatThrownBy(() -> audience.addThought(trainer, "  ", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> audience.addThought(trainer, "t".repeat(301), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> audience.addThought(trainer, "Geen tijd", "a".repeat(1001)))
                .isInstanceOf(InvalidInputException.class);
        ThoughtView added = audience.addThought(trainer, " Geen tijd ", null);
        assertThat(added.thought()).isEqualTo("Geen tijd");
        assertThat(added.answer()).isNull();
    }

    @Test
    void onlyTheTrainerAnswersOrRemovesTheirThought() {
        UnhelpfulThought thought = new UnhelpfulThought(trainer, "Wij doen alles al goed.", null, Instant.EPOCH);
        when(thoughts.findById(any())).thenReturn(Optional.of(thought));
        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> audience.answer(other, UUID.randomUUID(), 0, "x")).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> audience.removeThought(other, UUID.randomUUID())).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> audience.answer(trainer, UUID.randomUUID(), 3, "x"))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(audience.answer(trainer, UUID.randomUUID(), 0, " Laat het zien. ").answer()).isEqualTo("Laat het zien.");
        audience.removeThought(trainer, UUID.randomUUID());
        verify(thoughts).delete(thought);
    }
}
