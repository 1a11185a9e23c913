package nl.uitzicht.request;

/** An expert's discipline; a TLV needs at least one advice by an orthopedagogue or psychologist. */
public enum Discipline {
    ORTHOPEDAGOGUE,
    PSYCHOLOGIST,
    OTHER;

    public boolean behavioural() {
        return this == ORTHOPEDAGOGUE || this == PSYCHOLOGIST;
    }
}
