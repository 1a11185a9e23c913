package nl.uitzicht.request;

/** Where the parents' view in a request comes from: the parent portal, or recorded by staff after a conversation. */
public enum ParentsViewSource {
    PORTAL,
    STAFF
}
