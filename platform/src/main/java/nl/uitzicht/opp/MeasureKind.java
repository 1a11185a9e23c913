package nl.uitzicht.opp;

/**
 * How an observation's value was measured (ADR 0083): on the fixed five-point scale with labels, with a
 * target level on that scale; or as a test score with its norm score, so progress toward the norm is a
 * percentage.
 */
public enum MeasureKind {
    SCALE,
    SCORE
}
