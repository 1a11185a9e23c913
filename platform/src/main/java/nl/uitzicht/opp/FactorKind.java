package nl.uitzicht.opp;

/** A factor hinders or helps the pupil's education. */
public enum FactorKind {
    HINDERING,
    HELPING
}
