package nl.uitzicht.tenancy;

import java.util.UUID;

/** Published when a region is suspended or reactivated, so sessions can be checked at once. */
public record RegionStatusChanged(UUID regionId, RegionStatus status) {}
