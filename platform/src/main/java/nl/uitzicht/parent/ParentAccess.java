package nl.uitzicht.parent;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One parent's access to one pupil, as the school sees it. */
public record ParentAccess(
        UUID id,
        UUID pupilId,
        String email,
        String displayName,
        ParentLinkStatus status,
        Instant invitedAt,
        String invitedBy,
        @Nullable Instant activatedAt,
        @Nullable Instant revokedAt,
        long version)
        implements Serializable {}
