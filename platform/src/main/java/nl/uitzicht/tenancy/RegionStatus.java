package nl.uitzicht.tenancy;

public enum RegionStatus {
    ACTIVE,
    SUSPENDED,
    /** The region's contract ended: nobody works in it; only an ended region may be purged. */
    ENDED
}
