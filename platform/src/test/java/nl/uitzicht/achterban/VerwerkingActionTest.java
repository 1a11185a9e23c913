package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerwerkingActionTest {

    @Test
    void anActionStartsAsToDoWithoutNotes() {
        VerwerkingAction action = new VerwerkingAction(UUID.randomUUID(), 3, "  Gesprekken voeren ");
        ActionView view = action.view();
        assertThat(view.status()).isEqualTo(ActionStatus.TODO);
        assertThat(view.notes()).isNull();
        assertThat(view.title()).isEqualTo("Gesprekken voeren");
        assertThat(view.position()).isEqualTo(3);
    }

    @Test
    void updatingSetsStatusAndCleansTheNotes() {
        VerwerkingAction action = new VerwerkingAction(UUID.randomUUID(), 1, "Lijst opstellen");
        action.update(ActionStatus.DOING, "  halverwege ");
        assertThat(action.view().status()).isEqualTo(ActionStatus.DOING);
        assertThat(action.view().notes()).isEqualTo("halverwege");
        action.update(ActionStatus.DONE, " ");
        assertThat(action.view().status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.view().notes()).isNull();
    }
}
