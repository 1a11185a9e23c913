package nl.uitzicht.opp;

/** A parent's own answer on the handelingsdeel, given in the portal. */
public enum ParentConsentOutcome {
    CONSENT,
    NO_CONSENT
}
