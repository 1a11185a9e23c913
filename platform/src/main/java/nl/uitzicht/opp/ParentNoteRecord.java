package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "opp_parent_note")
class ParentNoteRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "parent_name", nullable = false, updatable = false)
    private String parentName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ParentNoteKind kind;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected ParentNoteRecord() {}

    ParentNoteRecord(
            UUID oppId,
            int versionNo,
            UUID accountId,
            String parentName,
            ParentNoteKind kind,
            String body,
            Instant now) {
        this.id = UUID.randomUUID();
        this.oppId = oppId;
        this.versionNo = versionNo;
        this.accountId = accountId;
        this.parentName = parentName;
        this.kind = kind;
        this.body = body;
        this.writtenAt = now;
    }

    ParentNote view() {
        return new ParentNote(id, versionNo, parentName, kind, body, writtenAt);
    }
}
