package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.InvalidInputException;
import nl.uitzicht.trainer.NotYoursException;
import org.junit.jupiter.api.Test;

/** The SWOT board's rules, with its repository replaced (no Spring, no database). */
class SwotBoardTest {

    private final UUID trainer = UUID.randomUUID();
    private final SwotItems items = mock(SwotItems.class);
    private final SwotBoard board = new SwotBoard(items);

    SwotBoardTest() {
        when(items.save(any())).thenAnswer(i -> i.getArgument(0));
        when(items.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
    }

    @Test
    void everyQuadrantIsOnTheBoardInOrderEvenWhenEmpty() {
        when(items.ofTrainer(trainer)).thenReturn(List.of(
                new SwotItem(trainer, SwotQuadrant.THREAT, "krimp", Instant.EPOCH),
                new SwotItem(trainer, SwotQuadrant.STRENGTH, "betrokken ib'ers", Instant.EPOCH),
                new SwotItem(trainer, SwotQuadrant.THREAT, "werkdruk", Instant.EPOCH)));
        Map<SwotQuadrant, List<SwotItemView>> b = board.boardOf(trainer);
        assertThat(b.keySet()).containsExactly(SwotQuadrant.values());
        assertThat(b.get(SwotQuadrant.THREAT)).extracting(SwotItemView::text).containsExactly("krimp", "werkdruk");
        assertThat(b.get(SwotQuadrant.WEAKNESS)).isEmpty();
    }

    @Test
    void aNoteNeedsAQuadrantAndTextOfAtMost300Characters() {
        assertThatThrownBy(() -> board.add(trainer, null, " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("quadrant", "text"));
        assertThatThrownBy(() -> board.add(trainer, SwotQuadrant.STRENGTH, "t".repeat(301)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(board.add(trainer, SwotQuadrant.STRENGTH, "t".repeat(300)).text()).hasSize(300);
    }

    @Test
    void onlyTheOwnerChangesOrRemovesANoteAtTheVersionTheySaw() {
        SwotItem item = new SwotItem(trainer, SwotQuadrant.WEAKNESS, "weinig tijd", Instant.EPOCH);
        when(items.findById(any())).thenReturn(Optional.of(item));
        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> board.change(other, UUID.randomUUID(), 0, SwotQuadrant.THREAT, "x"))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> board.remove(other, UUID.randomUUID())).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> board.change(trainer, UUID.randomUUID(), 5, SwotQuadrant.THREAT, "x"))
                .isInstanceOf(ChangedMeanwhileException.class);
        verify(items, never()).delete(any());
        assertThat(board.change(trainer, UUID.randomUUID(), 0, SwotQuadrant.THREAT, " werkdruk ").quadrant())
                .isEqualTo(SwotQuadrant.THREAT);
    }
}
