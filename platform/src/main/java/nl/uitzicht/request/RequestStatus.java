package nl.uitzicht.request;

/** Where a request is: the school writes it, submits it, the region handles and decides it. */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    IN_HANDLING,
    DECIDED,
    WITHDRAWN;

    /** Still waiting for the region's decision (in the queue). */
    public boolean open() {
        return this == SUBMITTED || this == IN_HANDLING;
    }
}
