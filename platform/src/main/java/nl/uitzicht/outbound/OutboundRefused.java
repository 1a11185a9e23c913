package nl.uitzicht.outbound;

import java.io.IOException;

/** A call to an address an administrator chose was refused before or while it was made. */
public final class OutboundRefused extends IOException {

    /** Why: each has its own message for the administrator. */
    public enum Reason {
        /** Not an absolute https URL with a host (http only where local addresses are allowed). */
        URL,
        /** The host is, or resolves to, a loopback, private, link-local or otherwise internal address. */
        ADDRESS,
        /** The server answered with a redirect; redirects are never followed. */
        REDIRECT,
        /** The answer was larger than allowed. */
        TOO_LARGE
    }

    private final Reason reason;

    public OutboundRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
