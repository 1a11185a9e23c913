package nl.uitzicht.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.uitzicht.AppTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The save button (ADR 0072): the browser disables it on the click itself, it stays disabled while the save
 * runs, and the answer releases it, after a success and after a failure alike.
 */
@AppTest
@Tag("browserless")
class SaveButtonBrowserlessTest extends SpringBrowserlessTest {

    @Test
    void theBrowserDisablesItOnTheClickAndItSaysSoWhileBusy() {
        SaveButton save = new SaveButton("Opslaan", () -> {});
        UI.getCurrent().add(save);

        assertThat(save.isDisableOnClick())
                .as("disabled by the browser before the round trip")
                .isTrue();
        assertThat(save.getText()).isEqualTo("Opslaan");
        assertThat(save.getElement().getChildren().map(c -> c.getText())).contains(save.getTranslation("kit.saving"));
    }

    @Test
    void itIsDisabledWhileTheSaveRunsAndEnabledAfterASuccess() {
        AtomicBoolean enabledDuringSave = new AtomicBoolean(true);
        SaveButton[] save = new SaveButton[1];
        save[0] = new SaveButton("Opslaan", () -> enabledDuringSave.set(save[0].isEnabled()));
        UI.getCurrent().add(save[0]);

        test(save[0]).click();

        assertThat(enabledDuringSave).as("disabled while the save runs").isFalse();
        assertThat(save[0].isEnabled()).as("enabled again after the answer").isTrue();
    }

    @Test
    void itIsEnabledAgainAfterAFailedSave() {
        SaveButton save = new SaveButton("Opslaan", () -> {
            throw new IllegalStateException("database weg");
        });
        UI.getCurrent().add(save);

        assertThatThrownBy(() -> test(save).click()).hasStackTraceContaining("database weg");

        assertThat(save.isEnabled()).as("a failed save can be tried again").isTrue();
    }
}
