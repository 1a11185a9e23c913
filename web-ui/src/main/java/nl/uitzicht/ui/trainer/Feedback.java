package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.InvalidInputException;
import nl.uitzicht.trainer.NotYoursException;

/**
 * Runs a save and turns what the service refuses into what a user understands: messages at the
 * fields, or a notification for a conflicting change.
 */
final class Feedback {

    private Feedback() {
    }

    /** Runs {@code save}; returns true when it succeeded. {@code fields} maps field names to inputs. */
    static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable save) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            save.run();
            return true;
        } catch (InvalidInputException e) {
            e.errors().forEach((field, key) -> {
                HasValidation input = fields.get(field);
                if (input != null) {
                    input.setErrorMessage(owner.getTranslation(key));
                    input.setInvalid(true);
                } else {
                    error(owner.getTranslation(key));
                }
            });
            return false;
        } catch (ChangedMeanwhileException e) {
            error(owner.getTranslation("trainer.changedMeanwhile"));
            return false;
        } catch (NotYoursException e) {
            error(owner.getTranslation("trainer.notYours"));
            return false;
        }
    }

    static void saved(Component owner) {
        Notification n = Notification.show(owner.getTranslation("trainer.saved"), 2500, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
