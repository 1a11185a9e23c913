package nl.uitzicht.opp;

/** A workflow step that is not allowed from the OPP's current state (e.g. DRAFT straight to ACTIVE). */
public class IllegalTransitionException extends IllegalStateException {

    private final OppState from;
    private final OppState to;

    public IllegalTransitionException(OppState from, OppState to) {
        super("An OPP cannot go from " + from + " to " + to + "; allowed: " + from.next());
        this.from = from;
        this.to = to;
    }

    public OppState from() {
        return from;
    }

    public OppState to() {
        return to;
    }
}
