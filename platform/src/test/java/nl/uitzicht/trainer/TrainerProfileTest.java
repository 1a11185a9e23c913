package nl.uitzicht.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrainerProfileTest {

    @Test
    void groupAndHopeAreCleaned() {
        TrainerProfile p = new TrainerProfile(UUID.randomUUID());
        assertThat(p.view().programmeGroup()).isNull();
        p.change("  Groep B ", "  ");
        assertThat(p.view().programmeGroup()).isEqualTo("Groep B");
        assertThat(p.view().twoYearHope()).isNull();
        assertThat(TrainerProfileView.EMPTY.version()).isEqualTo(-1);
    }
}
