package nl.uitzicht.achterban;

/** The four fields of the SWOT: intern/extern × positief/negatief. */
public enum SwotQuadrant {
    STRENGTH(true, true),
    WEAKNESS(true, false),
    OPPORTUNITY(false, true),
    THREAT(false, false);

    private final boolean internal;
    private final boolean positive;

    SwotQuadrant(boolean internal, boolean positive) {
        this.internal = internal;
        this.positive = positive;
    }

    public boolean internal() {
        return internal;
    }

    public boolean positive() {
        return positive;
    }
}
