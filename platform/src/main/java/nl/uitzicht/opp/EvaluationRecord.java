package nl.uitzicht.opp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "opp_evaluation")
class EvaluationRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    /** The form's attempt that added this row: a retry of it finds this row instead of adding another. */
    @Column(name = "attempt_id", updatable = false)
    private @Nullable UUID attemptId;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    @Column(name = "pupil_view", nullable = false)
    private String pupilView;

    @Column(name = "parents_view", nullable = false)
    private String parentsView;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationDecision decision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opp_goal_evaluation", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<GoalEvaluation> goals = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EvaluationRecord() {}

    EvaluationRecord(
            UUID oppId,
            @Nullable UUID attemptId,
            int versionNo,
            LocalDate evaluatedOn,
            String pupilView,
            String parentsView,
            EvaluationDecision decision,
            List<GoalEvaluation> goals,
            String recordedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.oppId = oppId;
        this.attemptId = attemptId;
        this.versionNo = versionNo;
        this.evaluatedOn = evaluatedOn;
        this.pupilView = pupilView;
        this.parentsView = parentsView;
        this.decision = decision;
        this.goals.addAll(goals);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    Evaluation view() {
        return new Evaluation(
                id, versionNo, evaluatedOn, pupilView, parentsView, decision, List.copyOf(goals), recordedBy);
    }
}
