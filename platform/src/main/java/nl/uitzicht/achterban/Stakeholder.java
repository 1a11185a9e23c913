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
import nl.uitzicht.trainer.Checks;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One person, school, institution or organisation in a trainer's achterban. */
@Entity
@Table(name = "stakeholder")
class Stakeholder {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    @Enumerated(EnumType.STRING)
    private StakeholderKind kind;

    private String name;
    private @Nullable String role;

    @Column(name = "school_id")
    private @Nullable UUID schoolId;

    private @Nullable String involvement;

    @Enumerated(EnumType.STRING)
    private Level influence;

    @Enumerated(EnumType.STRING)
    private Level interest;

    @Enumerated(EnumType.STRING)
    private StakeholderStatus status;

    @Column(name = "private_notes")
    private @Nullable String privateNotes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Stakeholder() {}

    Stakeholder(UUID trainerId, StakeholderDraft draft, Instant now) {
        this.id = UUID.randomUUID();
        this.trainerId = trainerId;
        this.createdAt = now;
        apply(draft);
    }

    void apply(StakeholderDraft draft) {
        this.kind = draft.kind();
        this.name = draft.name().strip();
        this.role = Checks.clean(draft.role());
        this.schoolId = draft.kind() == StakeholderKind.SCHOOL ? draft.schoolId() : null;
        this.involvement = Checks.clean(draft.involvement());
        this.influence = draft.influence();
        this.interest = draft.interest();
        this.status = draft.status();
        this.privateNotes = Checks.clean(draft.privateNotes());
    }

    UUID getId() {
        return id;
    }

    @Nullable
    UUID getSchoolId() {
        return schoolId;
    }

    UUID getTrainerId() {
        return trainerId;
    }

    long getVersion() {
        return version;
    }

    StakeholderStatus getStatus() {
        return status;
    }

    StakeholderView view(int conversations, int withOpps) {
        return new StakeholderView(
                id,
                kind,
                name,
                role,
                schoolId,
                involvement,
                influence,
                interest,
                status,
                privateNotes,
                conversations,
                withOpps,
                version);
    }

    SharedStakeholder shared() {
        return new SharedStakeholder(name, kind, status, influence, interest);
    }
}
