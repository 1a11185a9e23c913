package nl.uitzicht.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to a region: who, which roles (school staff for which schools), and the hash of
 * the single-use link's token. Global: it is opened before anyone is logged in.
 */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    private UUID id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private UUID regionId;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String[] roles;

    @Column(name = "school_ids", nullable = false)
    private UUID[] schoolIds;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "invited_by")
    private @Nullable UUID invitedBy;

    @Column(name = "invited_by_name", nullable = false)
    private String invitedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set for a parent's invitation: the pupil whose plans it opens (ADR 0079). */
    @Column(name = "pupil_id", updatable = false)
    private @Nullable UUID pupilId;

    @Column(name = "sent_count", nullable = false)
    private int sentCount = 1;

    @Version
    private long version;

    protected Invitation() {}

    Invitation(
            UUID regionId,
            String email,
            String displayName,
            Set<Role> roles,
            Set<UUID> schoolIds,
            String tokenHash,
            Instant now,
            Instant expiresAt,
            @Nullable UUID invitedBy,
            String invitedByName) {
        this.id = UUID.randomUUID();
        this.regionId = regionId;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.stream().map(Role::name).sorted().toArray(String[]::new);
        this.schoolIds = schoolIds.toArray(UUID[]::new);
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.invitedBy = invitedBy;
        this.invitedByName = invitedByName;
    }

    /** A parent's invitation for this pupil (activated on its own page, with a second factor). */
    static Invitation forParent(
            UUID regionId,
            UUID pupilId,
            String email,
            String displayName,
            String tokenHash,
            Instant now,
            Instant expiresAt,
            @Nullable UUID invitedBy,
            String invitedByName) {
        Invitation invitation = new Invitation(
                regionId,
                email,
                displayName,
                Set.of(Role.PARENT),
                Set.of(),
                tokenHash,
                now,
                expiresAt,
                invitedBy,
                invitedByName);
        invitation.pupilId = pupilId;
        return invitation;
    }

    boolean isForParent() {
        return pupilId != null;
    }

    UUID getId() {
        return id;
    }

    UUID getRegionId() {
        return regionId;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(result::add);
        return result;
    }

    Set<UUID> schoolIds() {
        return new LinkedHashSet<>(Arrays.asList(schoolIds));
    }

    InvitationStatus statusAt(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    /** A new link: the old one stops working at once. */
    void renew(String newTokenHash, Instant newExpiry) {
        this.tokenHash = newTokenHash;
        this.expiresAt = newExpiry;
        this.revokedAt = null;
        this.sentCount++;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    void accept(Instant now) {
        this.acceptedAt = now;
    }

    InvitationSummary summary(Instant now) {
        return new InvitationSummary(
                id,
                email,
                displayName,
                roles(),
                schoolIds(),
                statusAt(now),
                createdAt,
                expiresAt,
                invitedByName,
                sentCount,
                version);
    }
}
