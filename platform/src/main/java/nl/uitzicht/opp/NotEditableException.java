package nl.uitzicht.opp;

/** The plan's content is frozen in this state (awaiting consent, active or closed). */
public class NotEditableException extends IllegalStateException {

    private final OppState state;

    public NotEditableException(OppState state) {
        super("opp.error.notEditable");
        this.state = state;
    }

    public OppState state() {
        return state;
    }
}
