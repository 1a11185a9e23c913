package nl.uitzicht.achterban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.uitzicht.trainer.Checks;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One action of the handout's VERWERKING, with its status and the trainer's notes. */
@Entity
@Table(name = "verwerking_action")
class VerwerkingAction {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    private int position;
    private String title;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private @Nullable String notes;

    @Version
    private long version;

    protected VerwerkingAction() {}

    VerwerkingAction(UUID trainerId, int position, String title) {
        this.id = UUID.randomUUID();
        this.trainerId = trainerId;
        this.position = position;
        this.title = title.strip();
        this.status = ActionStatus.TODO;
    }

    UUID getTrainerId() {
        return trainerId;
    }

    long getVersion() {
        return version;
    }

    void update(ActionStatus newStatus, @Nullable String newNotes) {
        this.status = newStatus;
        this.notes = Checks.clean(newNotes);
    }

    ActionView view() {
        return new ActionView(id, position, title, status, notes, version);
    }
}
