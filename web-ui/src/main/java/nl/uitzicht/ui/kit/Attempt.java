package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.HasValue;
import java.io.Serializable;
import java.util.UUID;

/**
 * The id of a form's attempt to add something (ADR 0072): fresh when the form is built and again whenever
 * one of its fields changes. Sending the same form again (a retry after a lost answer) sends the same id,
 * so the service finds what the first send stored instead of storing it twice; changed text is a new attempt.
 */
public final class Attempt implements Serializable {

    private UUID id = UUID.randomUUID();

    private Attempt() {}

    public static Attempt of(HasValue<?, ?>... fields) {
        Attempt attempt = new Attempt();
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> attempt.renew());
        }
        return attempt;
    }

    public UUID id() {
        return id;
    }

    private void renew() {
        id = UUID.randomUUID();
    }
}
