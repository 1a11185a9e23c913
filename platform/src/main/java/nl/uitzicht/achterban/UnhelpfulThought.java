package nl.uitzicht.achterban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.uitzicht.trainer.Checks;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A "niet-helpende gedachte" heard in the achterban, and the trainer's answer to it. */
@Entity
@Table(name = "unhelpful_thought")
class UnhelpfulThought {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    private String thought;
    private @Nullable String answer;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UnhelpfulThought() {}

    UnhelpfulThought(UUID trainerId, String thought, @Nullable String answer, Instant now) {
        this.id = UUID.randomUUID();
        this.trainerId = trainerId;
        this.thought = thought.strip();
        this.answer = Checks.clean(answer);
        this.createdAt = now;
    }

    UUID getTrainerId() {
        return trainerId;
    }

    long getVersion() {
        return version;
    }

    void answer(@Nullable String newAnswer) {
        this.answer = Checks.clean(newAnswer);
    }

    ThoughtView view() {
        return new ThoughtView(id, thought, answer, version);
    }
}
