package nl.uitzicht.opp;

/** The parents' answer on the handelingsdeel after a conversation. */
public enum ConsentOutcome {
    CONSENT,
    CONSENT_WITH_REMARKS,
    NO_CONSENT;

    public boolean agrees() {
        return this != NO_CONSENT;
    }
}
