package nl.uitzicht.tenancy;

public enum RegionStatus {
    ACTIVE, SUSPENDED
}
