package nl.uitzicht.opp;

/** What a parent writes before the conversation. */
public enum ParentNoteKind {
    /** How the parent sees their child and the plan. */
    VIEW,
    /** A question for the conversation. */
    QUESTION
}
