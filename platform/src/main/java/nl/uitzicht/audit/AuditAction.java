package nl.uitzicht.audit;

public enum AuditAction {
    VIEW,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    CONSENT,
    LOGIN
}
