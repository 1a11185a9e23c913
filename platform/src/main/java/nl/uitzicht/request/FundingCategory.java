package nl.uitzicht.request;

/** The funding category of a TLV for so/vso (bekostigingscategorie). */
public enum FundingCategory {
    LOW,
    MEDIUM,
    HIGH
}
