package nl.uitzicht.opp;

/** How far a goal was reached at evaluation. */
public enum GoalResult {
    ACHIEVED,
    PARTLY,
    NOT_ACHIEVED
}
