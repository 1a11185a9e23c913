package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.uitzicht.validation.FieldProblem;
import nl.uitzicht.validation.InvalidInput;

/**
 * Shows an {@link InvalidInput} the way every form does: each message at the field it names, the rest
 * (problems with no such field in the form) in one error notification. The input stays as typed.
 */
public final class InputErrors {

    private InputErrors() {}

    /** Clears the fields' earlier messages, then shows {@code e}'s problems. */
    public static void show(Component owner, InvalidInput e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem problem : e.problems()) {
            String message = text(owner, problem);
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                elsewhere.add(message);
            }
        }
        if (!elsewhere.isEmpty()) {
            Notices.error(String.join(" ", elsewhere));
        }
    }

    /** Shows every problem of {@code e} in one error notification (for a screen that has no form for it). */
    public static void notify(Component owner, InvalidInput e) {
        show(owner, e, Map.of());
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** The translated message of one problem. */
    public static String text(Component owner, FieldProblem problem) {
        return owner.getTranslation(problem.messageKey(), problem.args().toArray());
    }
}
