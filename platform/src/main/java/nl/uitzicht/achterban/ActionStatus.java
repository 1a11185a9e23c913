package nl.uitzicht.achterban;

public enum ActionStatus {
    TODO,
    DOING,
    DONE
}
