package nl.uitzicht.security;

/**
 * A login that authenticated at a provider but may not enter Uitzicht; the reason is the query
 * parameter the login page explains.
 */
final class SignInRefused extends RuntimeException {

    /** The provider's subject is linked to no account of this region (and no invitation is being accepted). */
    static final String NOT_LINKED = "notlinked";
    /** The provider did not confirm the e-mail address ({@code email_verified}) needed to accept an invitation. */
    static final String UNVERIFIED = "unverified";
    /** The invitation could not be accepted with this login (another address, used, expired, revoked). */
    static final String INVITATION = "invitation";
    /** The invited address has an account with a password: it accepts with that password, not through a provider. */
    static final String PASSWORD_ACCOUNT = "passwordaccount";
    /** No (enabled, active) account or membership: the old, general explanation. */
    static final String UNKNOWN = "unknown";

    private final String reason;

    SignInRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
