package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SwotItemTest {

    @Test
    void aNoteIsTrimmedAndCanMoveToAnotherQuadrant() {
        UUID trainer = UUID.randomUUID();
        SwotItem item = new SwotItem(trainer, SwotQuadrant.WEAKNESS, "  weinig tijd  ", Instant.EPOCH);
        assertThat(item.view().text()).isEqualTo("weinig tijd");
        assertThat(item.view().quadrant()).isEqualTo(SwotQuadrant.WEAKNESS);
        item.change(SwotQuadrant.THREAT, " krimp ");
        assertThat(item.view().quadrant()).isEqualTo(SwotQuadrant.THREAT);
        assertThat(item.view().text()).isEqualTo("krimp");
        assertThat(item.getTrainerId()).isEqualTo(trainer);
    }
}
