package nl.uitzicht.parent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Whether the pupil's school lets the pupil look at their own plan ("mijn plan"), and who said so when. */
@Entity
@Table(name = "pupil_own_plan")
class OwnPlanSwitch {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "pupil_id", nullable = false, updatable = false)
    private UUID pupilId;

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    @Column(nullable = false)
    private boolean open;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected OwnPlanSwitch() {}

    OwnPlanSwitch(UUID pupilId, UUID schoolId, String changedByName, Instant now) {
        this.id = UUID.randomUUID();
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.open = false;
        this.changedByName = changedByName;
        this.changedAt = now;
    }

    /** Set by staff of the pupil's school (of now: after a transfer the new school decides). */
    void set(boolean open, UUID schoolId, String by, Instant now) {
        this.open = open;
        this.schoolId = schoolId;
        this.changedByName = by;
        this.changedAt = now;
    }

    boolean isOpen() {
        return open;
    }

    long getVersion() {
        return version;
    }

    OwnPlanStatus status() {
        return new OwnPlanStatus(open, changedByName, changedAt, version);
    }
}
