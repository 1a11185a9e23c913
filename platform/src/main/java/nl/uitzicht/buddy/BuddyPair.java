package nl.uitzicht.buddy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.uitzicht.trainer.Checks;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** Two trainers of one region working together as buddies, with a shared mission and approach. */
@Entity
@Table(name = "buddy_pair")
class BuddyPair {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "requester_id", nullable = false, updatable = false)
    private UUID requesterId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Enumerated(EnumType.STRING)
    private BuddyStatus status;

    private @Nullable String message;
    private @Nullable String mission;
    private @Nullable String approach;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "responded_at")
    private @Nullable Instant respondedAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Version
    private long version;

    protected BuddyPair() {}

    BuddyPair(UUID requesterId, UUID partnerId, @Nullable String message, Instant now) {
        this.id = UUID.randomUUID();
        this.requesterId = requesterId;
        this.partnerId = partnerId;
        this.message = Checks.clean(message);
        this.status = BuddyStatus.REQUESTED;
        this.requestedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getRequesterId() {
        return requesterId;
    }

    UUID getPartnerId() {
        return partnerId;
    }

    BuddyStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    boolean involves(UUID trainerId) {
        return requesterId.equals(trainerId) || partnerId.equals(trainerId);
    }

    UUID otherThan(UUID trainerId) {
        return requesterId.equals(trainerId) ? partnerId : requesterId;
    }

    void accept(Instant now) {
        status = BuddyStatus.ACTIVE;
        respondedAt = now;
    }

    void decline(Instant now) {
        status = BuddyStatus.DECLINED;
        respondedAt = now;
    }

    void end(Instant now) {
        status = BuddyStatus.ENDED;
        endedAt = now;
    }

    void share(@Nullable String newMission, @Nullable String newApproach) {
        mission = Checks.clean(newMission);
        approach = Checks.clean(newApproach);
    }

    BuddyPairView viewFor(UUID trainerId, String otherName) {
        return new BuddyPairView(
                id,
                otherThan(trainerId),
                otherName,
                status,
                requesterId.equals(trainerId),
                message,
                mission,
                approach,
                requestedAt,
                version);
    }
}
