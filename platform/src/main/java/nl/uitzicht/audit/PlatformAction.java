package nl.uitzicht.audit;

/** What an operator or administrator did that the platform keeps a record of. */
public enum PlatformAction {
    REGION_CREATED,
    REGION_SUSPENDED,
    REGION_REACTIVATED,
    REGION_ENDED,
    REGION_PURGED,
    INVITATION_SENT,
    INVITATION_RESENT,
    INVITATION_REVOKED,
    INVITATION_ACCEPTED,
    ROLES_CHANGED,
    ACCESS_REVOKED,
    IDENTITY_PROVIDER_SAVED,
    IDENTITY_PROVIDER_REMOVED,
    REGION_EXPORTED
}
