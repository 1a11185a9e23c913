package nl.uitzicht.parent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One parent (by invitation, later by account) for one pupil of the region. */
@Entity
@Table(name = "parent_link")
class ParentLink {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "pupil_id", nullable = false, updatable = false)
    private UUID pupilId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(name = "pupil_name", nullable = false, updatable = false)
    private String pupilName;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false, updatable = false)
    private String displayName;

    @Column(name = "invitation_id", nullable = false, updatable = false)
    private UUID invitationId;

    @Column(name = "account_id")
    private @Nullable UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParentLinkStatus status;

    @Column(name = "invited_by_name", nullable = false, updatable = false)
    private String invitedByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by_name")
    private @Nullable String revokedByName;

    @Version
    private long version;

    protected ParentLink() {}

    ParentLink(
            UUID pupilId,
            UUID schoolId,
            String pupilName,
            String email,
            String displayName,
            UUID invitationId,
            String invitedByName,
            Instant now) {
        this.id = UUID.randomUUID();
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.pupilName = pupilName;
        this.email = email;
        this.displayName = displayName;
        this.invitationId = invitationId;
        this.invitedByName = invitedByName;
        this.status = ParentLinkStatus.INVITED;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getPupilId() {
        return pupilId;
    }

    UUID getSchoolId() {
        return schoolId;
    }

    String getEmail() {
        return email;
    }

    @Nullable
    UUID getAccountId() {
        return accountId;
    }

    /** Whom to mail, once the parent has an account. */
    java.util.Optional<ParentRecipient> recipient() {
        UUID account = accountId;
        return account == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new ParentRecipient(account, email, displayName));
    }

    ParentLinkStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    void activate(UUID account, Instant now) {
        if (status != ParentLinkStatus.INVITED) {
            throw new IllegalStateException("Only an invited parent can activate");
        }
        this.accountId = account;
        this.status = ParentLinkStatus.ACTIVE;
        this.activatedAt = now;
    }

    void revoke(String by, Instant now) {
        this.status = ParentLinkStatus.REVOKED;
        this.revokedAt = now;
        this.revokedByName = by;
    }

    ParentAccess access() {
        return new ParentAccess(
                id, pupilId, email, displayName, status, createdAt, invitedByName, activatedAt, revokedAt, version);
    }

    ParentChild child() {
        return new ParentChild(pupilId, schoolId, pupilName);
    }
}
