package nl.uitzicht.invitation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.identity.Role;

/** An invitation as the region admin sees it (never the token). */
public record InvitationSummary(
        UUID id,
        String email,
        String displayName,
        Set<Role> roles,
        Set<UUID> schoolIds,
        InvitationStatus status,
        Instant createdAt,
        Instant expiresAt,
        String invitedBy,
        int sentCount,
        long version) {}
