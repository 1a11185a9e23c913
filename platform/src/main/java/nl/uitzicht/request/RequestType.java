package nl.uitzicht.request;

/** What a school asks the region for. */
public enum RequestType {
    /** Extra support for one pupil in the regular school, funded by the region. */
    INDIVIDUAL_ARRANGEMENT,
    /** Extra support for a group, funded by the region (still filed from one pupil's plan). */
    GROUP_ARRANGEMENT,
    /** Admission to special basic education (sbo). */
    TLV_SBO,
    /** Admission to special or secondary special education (so/vso), with a funding category. */
    TLV_SO_VSO,
    /** Extending a TLV that ends. */
    TLV_EXTENSION;

    /** A TLV needs the advice of two experts before the region may decide (the two-expert rule). */
    public boolean isTlv() {
        return this == TLV_SBO || this == TLV_SO_VSO || this == TLV_EXTENSION;
    }

    /** Whether a funding category (low, medium, high) belongs to the request. */
    public boolean hasFundingCategory() {
        return this == TLV_SO_VSO || this == TLV_EXTENSION;
    }

    /** Whether a decision grants a budget or hours (arrangements) rather than admission. */
    public boolean isArrangement() {
        return this == INDIVIDUAL_ARRANGEMENT || this == GROUP_ARRANGEMENT;
    }
}
