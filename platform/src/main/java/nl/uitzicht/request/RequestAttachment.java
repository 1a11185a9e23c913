package nl.uitzicht.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A PDF attached to a request. The content is loaded only when downloaded. */
@Entity
@Table(name = "support_request_attachment")
class RequestAttachment {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by_name", nullable = false, updatable = false)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected RequestAttachment() {}

    RequestAttachment(UUID requestId, String fileName, byte[] content, String uploadedByName, Instant now) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.fileName = fileName;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedByName = uploadedByName;
        this.uploadedAt = now;
    }

    AttachmentInfo info() {
        return new AttachmentInfo(id, fileName, sizeBytes, uploadedByName, uploadedAt);
    }
}
