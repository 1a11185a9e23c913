package nl.uitzicht.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.trainer.Checks;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One meeting on the region's programme calendar. */
@Entity
@Table(name = "programme_meeting")
class ProgrammeMeeting {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private int position;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;
    private @Nullable String topics;

    @Column(name = "school_year")
    private String schoolYear;

    private @Nullable String period;
    private @Nullable String hours;

    @Column(name = "held_on")
    private @Nullable LocalDate heldOn;

    @Version
    private long version;

    protected ProgrammeMeeting() {}

    ProgrammeMeeting(int position, MeetingDraft draft) {
        this.id = UUID.randomUUID();
        this.position = position;
        apply(draft);
    }

    void apply(MeetingDraft draft) {
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.topics = Checks.clean(draft.topics());
        this.schoolYear = draft.schoolYear().strip();
        this.period = Checks.clean(draft.period());
        this.hours = Checks.clean(draft.hours());
        this.heldOn = draft.heldOn();
    }

    UUID getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    long getVersion() {
        return version;
    }

    MeetingView view() {
        return new MeetingView(id, position, kind, title, topics, schoolYear, period, hours, heldOn, version);
    }
}
