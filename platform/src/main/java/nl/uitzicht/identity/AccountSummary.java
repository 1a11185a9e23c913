package nl.uitzicht.identity;

import java.util.UUID;

/**
 * The public face of a user account. {@code accessVersion} changes whenever what the account may do
 * changes (roles, schools, removal, deactivation), so live sessions can tell that they are stale.
 */
public record AccountSummary(
        UUID id,
        String email,
        String displayName,
        boolean platformOperator,
        boolean enabled,
        boolean hasPassword,
        long accessVersion) {}
