package nl.uitzicht.buddy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Feedback one buddy leaves the other. */
@Entity
@Table(name = "buddy_feedback")
class BuddyFeedback {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "pair_id", nullable = false, updatable = false)
    private UUID pairId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private UUID recipientId;

    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BuddyFeedback() {}

    BuddyFeedback(UUID pairId, UUID authorId, UUID recipientId, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.pairId = pairId;
        this.authorId = authorId;
        this.recipientId = recipientId;
        this.text = text.strip();
        this.createdAt = now;
    }

    FeedbackView view() {
        return new FeedbackView(id, authorId, recipientId, text, createdAt);
    }
}
