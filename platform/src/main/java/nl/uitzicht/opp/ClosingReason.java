package nl.uitzicht.opp;

/** Why an OPP was closed (ADR 0077); {@link #OTHER} needs a note. */
public enum ClosingReason {
    /** The goals are reached or the extra support is no longer needed. */
    GOALS_REACHED,
    PUPIL_LEFT,
    SPECIAL_EDUCATION,
    MOVED_REGION,
    OTHER
}
