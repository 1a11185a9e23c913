package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import nl.uitzicht.trainer.NotYoursException;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.validation.InvalidInput;

/**
 * Runs a save of the trainer workspace and shows what the service refuses: messages at the fields, or a
 * notification for something that is not the trainer's. A conflicting change goes to the session's
 * error handler like everywhere else.
 */
final class Feedback {

    private Feedback() {}

    /** Runs {@code save}; returns true when it succeeded. {@code fields} maps field names to inputs. */
    static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable save) {
        InputErrors.clear(fields);
        try {
            save.run();
            return true;
        } catch (InvalidInput e) {
            InputErrors.show(owner, e, fields);
            return false;
        } catch (NotYoursException e) {
            Notices.error(owner.getTranslation("trainer.notYours"));
            return false;
        }
    }
}
