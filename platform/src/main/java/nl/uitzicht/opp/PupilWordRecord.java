package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** What the pupil said in their own plan: never changed afterwards, by nobody. */
@Entity
@Table(name = "opp_pupil_word")
class PupilWordRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "goal_key", updatable = false)
    private @Nullable UUID goalKey;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "via_account_id", nullable = false, updatable = false)
    private UUID viaAccountId;

    @Column(name = "via_name", nullable = false, updatable = false)
    private String viaName;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected PupilWordRecord() {}

    PupilWordRecord(
            UUID oppId,
            int versionNo,
            @Nullable UUID goalKey,
            String body,
            UUID viaAccountId,
            String viaName,
            Instant now) {
        this.id = UUID.randomUUID();
        this.oppId = oppId;
        this.versionNo = versionNo;
        this.goalKey = goalKey;
        this.body = body;
        this.viaAccountId = viaAccountId;
        this.viaName = viaName;
        this.writtenAt = now;
    }

    PupilWord view() {
        return new PupilWord(id, versionNo, goalKey, body, viaName, writtenAt);
    }
}
