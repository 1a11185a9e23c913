package nl.uitzicht.request;

import java.io.Serializable;
import java.util.UUID;

/** A case manager or expert to pick when assigning a request: id and name only. */
public record RegionStaffMember(UUID accountId, String name) implements Serializable {}
