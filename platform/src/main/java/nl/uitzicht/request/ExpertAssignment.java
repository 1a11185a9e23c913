package nl.uitzicht.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An expert a case manager assigned to a request: the only requests an expert may read. */
@Entity
@Table(name = "support_request_expert")
class ExpertAssignment {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "expert_account_id", nullable = false, updatable = false)
    private UUID expertAccountId;

    @Column(name = "expert_name", nullable = false, updatable = false)
    private String expertName;

    @Column(name = "assigned_by_name", nullable = false, updatable = false)
    private String assignedByName;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected ExpertAssignment() {}

    ExpertAssignment(UUID requestId, UUID expertAccountId, String expertName, String assignedByName, Instant now) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.expertAccountId = expertAccountId;
        this.expertName = expertName;
        this.assignedByName = assignedByName;
        this.assignedAt = now;
    }

    UUID getRequestId() {
        return requestId;
    }

    UUID getExpertAccountId() {
        return expertAccountId;
    }

    String getExpertName() {
        return expertName;
    }
}
