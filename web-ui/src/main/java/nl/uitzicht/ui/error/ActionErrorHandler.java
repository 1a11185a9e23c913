package nl.uitzicht.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when an action (a click, a save) fails and the view did not handle it: one clear
 * message in a notification, never a stack trace. The view stays as it was, so typed text is kept.
 * Unexpected failures are logged with a short error id that the message shows.
 * Failures while opening a page are the error views' job ({@link ServerErrorView} and friends).
 */
class ActionErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ActionErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        ExpectedFailure kind = ExpectedFailure.of(failure);
        UI ui = UI.getCurrent();
        switch (kind) {
            case UNEXPECTED -> {
                String errorId = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected failure of an action, error id {}", errorId, failure);
                if (ui != null) {
                    Notices.error(ui.getTranslation(kind.messageKey(), errorId));
                }
            }
            case INVALID_INPUT -> {
                if (ui != null) {
                    InputErrors.notify(
                            ui,
                            ExpectedFailure.find(failure, InvalidInput.class).orElseThrow());
                }
            }
            default -> {
                log.info("Action refused: {} ({})", kind, failure.toString());
                if (ui != null) {
                    Notices.error(ui.getTranslation(kind.messageKey()));
                }
            }
        }
    }
}
