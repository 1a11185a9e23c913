package nl.uitzicht.invitation;

public enum InvitationStatus {
    OPEN,
    ACCEPTED,
    REVOKED,
    EXPIRED
}
