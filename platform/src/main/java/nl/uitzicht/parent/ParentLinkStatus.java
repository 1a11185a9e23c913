package nl.uitzicht.parent;

/** Where a parent's access to one pupil stands. */
public enum ParentLinkStatus {
    /** Invited by the school; the parent has not activated yet. */
    INVITED,
    /** The parent activated (password and second factor) and may read the pupil's plans. */
    ACTIVE,
    /** The school took the access away (or the invitation back); final. */
    REVOKED
}
