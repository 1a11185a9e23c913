package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One rater's score (0-2) for one checklist item of one OPP in a round. */
@Entity
@Table(name = "checklist_score")
class Score {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "rater_id", nullable = false, updatable = false)
    private UUID raterId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "upload_id", updatable = false)
    private @Nullable UUID uploadId;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Column(nullable = false)
    private int score;

    private @Nullable String note;

    @Version
    private long version;

    protected Score() {}

    Score(UUID roundId, UUID raterId, RoundOpp opp, String itemCode) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.raterId = raterId;
        this.oppId = opp.oppId();
        this.uploadId = opp.uploadId();
        this.itemCode = itemCode;
    }

    void set(int score, @Nullable String note) {
        this.score = score;
        this.note = note;
    }

    UUID getRaterId() {
        return raterId;
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
}
