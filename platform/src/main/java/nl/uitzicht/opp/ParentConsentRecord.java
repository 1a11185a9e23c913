package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "opp_parent_consent")
class ParentConsentRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "handelingsdeel_hash", nullable = false, updatable = false)
    private String handelingsdeelHash;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "parent_name", nullable = false, updatable = false)
    private String parentName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ParentConsentOutcome outcome;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    protected ParentConsentRecord() {}

    ParentConsentRecord(
            UUID oppId,
            int versionNo,
            String handelingsdeelHash,
            UUID accountId,
            String parentName,
            ParentConsentOutcome outcome,
            String reason,
            Instant now) {
        this.id = UUID.randomUUID();
        this.oppId = oppId;
        this.versionNo = versionNo;
        this.handelingsdeelHash = handelingsdeelHash;
        this.accountId = accountId;
        this.parentName = parentName;
        this.outcome = outcome;
        this.reason = reason;
        this.givenAt = now;
    }

    UUID getOppId() {
        return oppId;
    }

    UUID getAccountId() {
        return accountId;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    ParentConsent view(String currentHash) {
        return new ParentConsent(
                id,
                accountId,
                versionNo,
                parentName,
                outcome,
                reason,
                givenAt,
                withdrawnAt,
                withdrawnAt == null && handelingsdeelHash.equals(currentHash));
    }
}
