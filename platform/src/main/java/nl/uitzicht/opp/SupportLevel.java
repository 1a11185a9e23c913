package nl.uitzicht.opp;

/** Whether an intervention belongs to the school's basic support or is extra support. */
public enum SupportLevel {
    BASIC,
    EXTRA
}
