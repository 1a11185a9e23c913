package nl.uitzicht.request;

/** What an expert recommends the region to decide. */
public enum Recommendation {
    GRANT,
    GRANT_PARTLY,
    REFUSE
}
