package nl.uitzicht.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One expert's advice on a request, recorded separately from the other expert's. */
@Entity
@Table(name = "support_request_advice")
class AdviceRecord {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Discipline discipline;

    @Column(name = "discipline_other", nullable = false, updatable = false)
    private String disciplineOther;

    @Column(nullable = false, updatable = false)
    private String advice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Recommendation recommendation;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AdviceRecord() {}

    AdviceRecord(UUID requestId, UUID expertAccountId, String expertName, AdviceInput input, Instant now) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.expertAccountId = expertAccountId;
        this.expertName = expertName;
        this.discipline = input.discipline();
        this.disciplineOther = input.disciplineOther();
        this.advice = input.advice();
        this.recommendation = input.recommendation();
        this.givenOn = input.givenOn();
        this.recordedAt = now;
    }

    UUID getExpertAccountId() {
        return expertAccountId;
    }

    Discipline getDiscipline() {
        return discipline;
    }

    Advice view() {
        return new Advice(
                id, expertAccountId, expertName, discipline, disciplineOther, advice, recommendation, givenOn);
    }
}
