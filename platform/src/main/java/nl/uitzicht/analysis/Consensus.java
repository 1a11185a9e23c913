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

/** The score the raters agreed on for one item of one OPP after discussing it, with a note. */
@Entity
@Table(name = "consensus_score")
class Consensus {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(name = "upload_id", updatable = false)
    private @Nullable UUID uploadId;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "item_position", nullable = false, updatable = false)
    private int itemPosition;

    @Column(nullable = false)
    private int score;

    private @Nullable String note;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected Consensus() {}

    Consensus(UUID roundId, RoundOpp opp, String itemCode, int itemPosition) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.oppId = opp.oppId();
        this.schoolId = opp.schoolId();
        this.uploadId = opp.uploadId();
        this.itemCode = itemCode;
        this.itemPosition = itemPosition;
    }

    void decide(int score, @Nullable String note, String by, Instant at) {
        this.score = score;
        this.note = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    UUID getOppId() {
        return oppId;
    }

    String getItemCode() {
        return itemCode;
    }

    int getScore() {
        return score;
    }

    @Nullable
    String getNote() {
        return note;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    long getVersion() {
        return version;
    }
}
