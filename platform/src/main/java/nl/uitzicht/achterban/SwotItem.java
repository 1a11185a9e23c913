package nl.uitzicht.achterban;

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

/** One note on a trainer's SWOT board of the OPP practice in their achterban. */
@Entity
@Table(name = "swot_item")
class SwotItem {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    @Enumerated(EnumType.STRING)
    private SwotQuadrant quadrant;

    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SwotItem() {}

    SwotItem(UUID trainerId, SwotQuadrant quadrant, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.trainerId = trainerId;
        this.quadrant = quadrant;
        this.text = text.strip();
        this.createdAt = now;
    }

    UUID getTrainerId() {
        return trainerId;
    }

    long getVersion() {
        return version;
    }

    void change(SwotQuadrant newQuadrant, String newText) {
        this.quadrant = newQuadrant;
        this.text = newText.strip();
    }

    SwotItemView view() {
        return new SwotItemView(id, quadrant, text, version);
    }
}
