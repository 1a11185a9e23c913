package nl.uitzicht.opp;

import java.util.List;

/** The plan cannot go to the parents yet: one of the legal parts (or the pupil's view) is missing. */
public class IncompletePlanException extends IllegalStateException {

    private final List<String> missing;

    public IncompletePlanException(List<String> missing) {
        super("opp.error.incomplete");
        this.missing = List.copyOf(missing);
    }

    /** i18n keys of what is missing. */
    public List<String> missing() {
        return missing;
    }
}
