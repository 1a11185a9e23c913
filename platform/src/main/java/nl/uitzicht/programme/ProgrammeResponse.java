package nl.uitzicht.programme;

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

/** A trainer's questionnaire after a meeting, with the feedback loop's "Wat wil je de projectgroep meegeven?". */
@Entity
@Table(name = "programme_response")
class ProgrammeResponse {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    private int usefulness;
    private @Nullable String learned;

    @Column(name = "for_project_group")
    private @Nullable String forProjectGroup;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected ProgrammeResponse() {}

    ProgrammeResponse(UUID meetingId, UUID trainerId) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.trainerId = trainerId;
    }

    void answer(int newUsefulness, @Nullable String newLearned, @Nullable String newForProjectGroup, Instant now) {
        this.usefulness = newUsefulness;
        this.learned = Checks.clean(newLearned);
        this.forProjectGroup = Checks.clean(newForProjectGroup);
        this.answeredAt = now;
    }

    UUID getMeetingId() {
        return meetingId;
    }

    int getUsefulness() {
        return usefulness;
    }

    @Nullable
    String getForProjectGroup() {
        return forProjectGroup;
    }

    @Nullable
    String getLearned() {
        return learned;
    }

    ResponseView view() {
        return new ResponseView(meetingId, usefulness, learned, forProjectGroup);
    }
}
