package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecklistItemTest {

    private final ChecklistItem item =
            new ChecklistItem("X", ChecklistPart.FORM, "Beknopt", "niet", "deels", "volledig");

    @Test
    void eachScoreFrom0To2HasItsMeaning() {
        assertThat(item.level(0)).isEqualTo("niet");
        assertThat(item.level(1)).isEqualTo("deels");
        assertThat(item.level(ChecklistItem.MAX_SCORE)).isEqualTo("volledig");
    }

    @Test
    void scoresOutsideTheScaleHaveNoMeaning() {
        assertThatThrownBy(() -> item.level(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item.level(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
