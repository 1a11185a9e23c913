package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A person invited to score in a round; scores are theirs alone until they submit. */
@Entity
@Table(name = "scoring_rater")
class Rater {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "display_name", nullable = false, updatable = false)
    private String displayName;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Version
    private long version;

    protected Rater() {}

    Rater(UUID roundId, UUID accountId, String displayName) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.accountId = accountId;
        this.displayName = displayName;
    }

    UUID getId() {
        return id;
    }

    UUID getRoundId() {
        return roundId;
    }

    UUID getAccountId() {
        return accountId;
    }

    String getDisplayName() {
        return displayName;
    }

    boolean submitted() {
        return submittedAt != null;
    }

    void submit(Instant now) {
        submittedAt = now;
    }
}
