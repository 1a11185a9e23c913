package nl.uitzicht.request;

/** How an objection (bezwaar) against a decision ended. */
public enum ObjectionOutcome {
    UPHELD,
    PARTLY_UPHELD,
    DISMISSED,
    INADMISSIBLE,
    WITHDRAWN
}
