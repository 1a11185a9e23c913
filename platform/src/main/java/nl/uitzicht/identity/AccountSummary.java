package nl.uitzicht.identity;

import java.util.UUID;

/** The public face of a user account. */
public record AccountSummary(UUID id, String email, String displayName, boolean platformOperator, boolean enabled) {
}
