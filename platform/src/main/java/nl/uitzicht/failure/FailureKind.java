package nl.uitzicht.failure;

/**
 * What a failure means for the person or client that met it, each with the HTTP status the API answers.
 * Only {@link #UNAVAILABLE} is an infrastructure failure: try again in a moment, nothing is wrong with the
 * request.
 */
public enum FailureKind {

    /** The database (or Redis) cannot be reached or did not answer in time; nothing was stored. */
    UNAVAILABLE(503),
    /** Someone else changed the same thing first. */
    CONFLICT(409),
    /** A service refused the caller. */
    ACCESS_DENIED(403),
    /** Input that breaks a rule. */
    INVALID_INPUT(400),
    /** Not there, or not reachable for this caller (deliberately the same answer). */
    NOT_FOUND(404),
    /** Anything else: a bug. */
    UNEXPECTED(500);

    private final int httpStatus;

    FailureKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** True for an outage: the same request may well succeed in a few seconds. */
    public boolean isInfrastructure() {
        return this == UNAVAILABLE;
    }
}
