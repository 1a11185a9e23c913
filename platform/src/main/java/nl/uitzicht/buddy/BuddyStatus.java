package nl.uitzicht.buddy;

/** A pairing's life: asked, then accepted (active) or declined; an active or open one can be ended. */
public enum BuddyStatus {
    REQUESTED,
    ACTIVE,
    DECLINED,
    ENDED;

    public boolean open() {
        return this == REQUESTED || this == ACTIVE;
    }
}
