package nl.uitzicht.achterban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.trainer.Checks;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A conversation a trainer held with a stakeholder, and whether they looked at OPPs together. */
@Entity
@Table(name = "stakeholder_conversation")
class Conversation {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "stakeholder_id", nullable = false, updatable = false)
    private UUID stakeholderId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String topic;

    @Column(name = "opps_reviewed")
    private boolean oppsReviewed;

    @Column(name = "follow_up")
    private @Nullable String followUp;

    protected Conversation() {}

    Conversation(UUID stakeholderId, ConversationDraft draft) {
        this.id = UUID.randomUUID();
        this.stakeholderId = stakeholderId;
        this.heldOn = draft.heldOn();
        this.topic = draft.topic().strip();
        this.oppsReviewed = draft.oppsReviewed();
        this.followUp = Checks.clean(draft.followUp());
    }

    UUID getStakeholderId() {
        return stakeholderId;
    }

    boolean isOppsReviewed() {
        return oppsReviewed;
    }

    ConversationView view() {
        return new ConversationView(id, stakeholderId, heldOn, topic, oppsReviewed, followUp);
    }
}
