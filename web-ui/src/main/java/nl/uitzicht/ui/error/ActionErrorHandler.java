package nl.uitzicht.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import nl.uitzicht.failure.FailureKind;
import nl.uitzicht.failure.Failures;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when an action (a click, a save) fails and the view did not handle it: one clear
 * message in a notification, never a stack trace. The view stays as it was, so typed text is kept.
 * The failure is classified in one place ({@link Failures}, docs/adr/0071): an outage says so and to try
 * again, never "not found". Every failure but invalid input (shown at its fields) is logged with a short error
 * id that the message shows. Failures while opening a page are the error views' job ({@link ServerErrorView}).
 */
class ActionErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ActionErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        FailureKind kind = Failures.classify(failure);
        UI ui = UI.getCurrent();
        if (kind == FailureKind.INVALID_INPUT) {
            if (ui != null) {
                InputErrors.notify(
                        ui, Failures.find(failure, InvalidInput.class).orElseThrow());
            }
            return;
        }
        String errorId = Failures.newErrorId();
        switch (kind) {
            case UNEXPECTED -> log.error("Unexpected failure of an action, error id {}", errorId, failure);
            case UNAVAILABLE -> log.warn("Action failed, database or Redis unavailable, error id {}", errorId, failure);
            default -> log.info("Action refused: {}, error id {} ({})", kind, errorId, failure.toString());
        }
        if (ui != null) {
            Notices.error(ui.getTranslation(messageKey(kind), errorId));
        }
    }

    static String messageKey(FailureKind kind) {
        return switch (kind) {
            case UNAVAILABLE -> "error.action.databaseUnavailable";
            case CONFLICT -> "error.action.conflict";
            case ACCESS_DENIED -> "error.action.accessDenied";
            case NOT_FOUND -> "error.action.notFound";
            case INVALID_INPUT -> "error.action.invalidInput";
            case UNEXPECTED -> "error.action.unexpected";
        };
    }
}
