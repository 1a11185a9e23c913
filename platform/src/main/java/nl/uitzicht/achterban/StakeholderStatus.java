package nl.uitzicht.achterban;

/** How far a stakeholder has come along. */
public enum StakeholderStatus {
    NOT_APPROACHED,
    IN_CONVERSATION,
    ON_BOARD,
    CRITICAL
}
