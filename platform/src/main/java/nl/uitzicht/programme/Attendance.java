package nl.uitzicht.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A trainer attended a meeting. */
@Entity
@Table(name = "programme_attendance")
class Attendance {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    protected Attendance() {}

    Attendance(UUID meetingId, UUID trainerId) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.trainerId = trainerId;
    }

    UUID getMeetingId() {
        return meetingId;
    }

    UUID getTrainerId() {
        return trainerId;
    }
}
