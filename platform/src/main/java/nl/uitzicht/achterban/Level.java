package nl.uitzicht.achterban;

/** Influence or interest of a stakeholder, for the influence/interest grid. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
