package nl.uitzicht.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The region's decision on a request: one per request, never changed (an objection is registered on its own). */
@Entity
@Table(name = "support_request_decision")
class DecisionRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_category", updatable = false)
    private @Nullable FundingCategory fundingCategory;

    @Column(name = "starts_on", updatable = false)
    private @Nullable LocalDate startsOn;

    @Column(name = "ends_on", updatable = false)
    private @Nullable LocalDate endsOn;

    @Column(name = "budget_amount", updatable = false)
    private @Nullable BigDecimal budgetAmount;

    @Column(updatable = false)
    private @Nullable BigDecimal hours;

    @Column(nullable = false, updatable = false)
    private String reasons;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by_account_id", nullable = false, updatable = false)
    private UUID decidedByAccountId;

    @Column(name = "decided_by_name", nullable = false, updatable = false)
    private String decidedByName;

    @Column(name = "objection_deadline_on", nullable = false, updatable = false)
    private LocalDate objectionDeadlineOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DecisionRecord() {}

    DecisionRecord(UUID requestId, DecisionInput input, UUID byAccountId, String byName, Instant now) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.outcome = input.outcome();
        this.fundingCategory = input.fundingCategory();
        this.startsOn = input.startsOn();
        this.endsOn = input.endsOn();
        this.budgetAmount = input.budgetAmount();
        this.hours = input.hours();
        this.reasons = input.reasons();
        this.decidedOn = input.decidedOn();
        this.decidedByAccountId = byAccountId;
        this.decidedByName = byName;
        this.objectionDeadlineOn = RequestTerms.objectionDeadline(input.decidedOn());
        this.recordedAt = now;
    }

    Decision view() {
        return new Decision(
                outcome,
                fundingCategory,
                startsOn,
                endsOn,
                budgetAmount,
                hours,
                reasons,
                decidedOn,
                decidedByName,
                objectionDeadlineOn);
    }
}
