package nl.uitzicht.goallibrary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.uitzicht.opp.FactorDomain;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "goal_library_entry")
class GoalLibraryEntry {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "support_category_id", nullable = false)
    private UUID supportCategoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FactorDomain domain;

    @Column(nullable = false)
    private String title;

    @Column(name = "goal_text", nullable = false)
    private String goalText;

    @Column(nullable = false)
    private String measure;

    @Column(name = "example_interventions", nullable = false)
    private String exampleInterventions;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected GoalLibraryEntry() {}

    GoalLibraryEntry(UUID id) {
        this.id = id;
    }

    void write(ValidGoal goal, String by, Instant at) {
        this.supportCategoryId = goal.supportCategoryId();
        this.domain = goal.domain();
        this.title = goal.title();
        this.goalText = goal.goalText();
        this.measure = goal.measure();
        this.exampleInterventions = goal.exampleInterventions();
        touched(by, at);
    }

    void retire(boolean retire, String by, Instant at) {
        this.retired = retire;
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    UUID getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    LibraryGoal view() {
        return new LibraryGoal(
                id, supportCategoryId, domain, title, goalText, measure, exampleInterventions, retired, version);
    }
}
