package nl.uitzicht.achterban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A question or dilemma about winning the achterban, to bring in at the next practice meeting. */
@Entity
@Table(name = "practice_question")
class PracticeQuestion {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    private String text;

    @Column(name = "for_next_meeting")
    private boolean forNextMeeting;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PracticeQuestion() {}

    PracticeQuestion(UUID trainerId, String text, boolean forNextMeeting, Instant now) {
        this.id = UUID.randomUUID();
        this.trainerId = trainerId;
        this.text = text.strip();
        this.forNextMeeting = forNextMeeting;
        this.createdAt = now;
    }

    UUID getTrainerId() {
        return trainerId;
    }

    void markForNextMeeting(boolean value) {
        this.forNextMeeting = value;
    }

    QuestionView view() {
        return new QuestionView(id, trainerId, text, forNextMeeting, createdAt, version);
    }
}
