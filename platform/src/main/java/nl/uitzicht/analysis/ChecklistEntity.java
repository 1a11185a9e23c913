package nl.uitzicht.analysis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "checklist")
class ChecklistEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean current = true;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    private long version;

    protected ChecklistEntity() {}

    ChecklistEntity(
            UUID familyId, int versionNo, String name, List<ChecklistItem> items, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.versionNo = versionNo;
        this.name = name;
        this.items = new ArrayList<>(items);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getFamilyId() {
        return familyId;
    }

    int getVersionNo() {
        return versionNo;
    }

    boolean isCurrent() {
        return current;
    }

    long getVersion() {
        return version;
    }

    void supersede() {
        current = false;
    }

    Checklist view() {
        return new Checklist(id, familyId, versionNo, name, current, createdBy, createdAt, List.copyOf(items), version);
    }
}
