package nl.uitzicht.mail;

/** What became of one mail. */
public enum Delivery {
    /** Handed to the mail server. */
    MAILED,
    /** No mail server configured (the local demo): nothing was sent. */
    NO_MAIL_SERVER,
    /** A mail server is configured but refused or failed; logged, the caller decides what next. */
    FAILED
}
