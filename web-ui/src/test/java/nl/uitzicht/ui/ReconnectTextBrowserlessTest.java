package nl.uitzicht.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import nl.uitzicht.AppTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * While the server cannot be reached, the browser's reconnect indicator speaks Dutch and says the typed text
 * stays on the screen, not Vaadin's English "Server connection lost, trying to reconnect" (issue 22).
 */
@AppTest
@Tag("browserless")
class ReconnectTextBrowserlessTest extends SpringBrowserlessTest {

    @Test
    void theReconnectIndicatorSaysInDutchThatTheTypedTextStays() {
        ReconnectDialogConfiguration reconnect = UI.getCurrent().getReconnectDialogConfiguration();
        assertThat(reconnect.getDialogText())
                .isEqualTo(
                        "Uitzicht is even niet bereikbaar. We proberen het opnieuw; wat je hebt ingevuld blijft op het scherm.");
        assertThat(reconnect.getDialogTextGaveUp())
                .startsWith("Uitzicht is niet bereikbaar. Wat je hebt ingevuld staat nog op het scherm");
    }
}
