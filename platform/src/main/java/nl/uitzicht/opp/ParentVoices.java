package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.List;

/** What the parents said in the portal about one plan, for staff: their answers on the handelingsdeel and notes. */
public record ParentVoices(List<ParentConsent> consents, List<ParentNote> notes) implements Serializable {

    public boolean isEmpty() {
        return consents.isEmpty() && notes.isEmpty();
    }
}
