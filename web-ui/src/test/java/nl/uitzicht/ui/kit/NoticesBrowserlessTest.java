package nl.uitzicht.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import nl.uitzicht.AppTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Notices: quick successive saves show one success at a time; errors stay and are announced at once. */
@AppTest
@Tag("browserless")
class NoticesBrowserlessTest extends SpringBrowserlessTest {

    @Test
    void aNewSuccessReplacesTheOneStillShown() {
        Notification first = Notices.success("Opgeslagen (versie 1)");
        Notification second = Notices.success("Opgeslagen (versie 2)");

        assertThat(first.isOpened()).as("the earlier success is closed").isFalse();
        assertThat(second.isOpened()).isTrue();
        assertThat(second.getDuration()).isEqualTo(Notices.SUCCESS_MILLIS);
    }

    @Test
    void anErrorDoesNotCloseTheSuccessAndIsAnnouncedAtOnce() {
        Notification saved = Notices.success("Opgeslagen");
        Notification error = Notices.error("Niet opgeslagen");

        assertThat(saved.isOpened()).isTrue();
        assertThat(error.isOpened()).isTrue();
        assertThat(error.isAssertive()).isTrue();
        assertThat(error.getDuration()).isEqualTo(Notices.ERROR_MILLIS);
    }
}
