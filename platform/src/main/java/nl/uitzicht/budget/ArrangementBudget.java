package nl.uitzicht.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The budget the region set for one school in one school year. */
@Entity
@Table(name = "arrangement_budget")
class ArrangementBudget {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    private @Nullable BigDecimal amount;

    private @Nullable BigDecimal hours;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Null until first stored (so a new row is inserted, not merged). */
    @Version
    private @Nullable Long version;

    protected ArrangementBudget() {}

    ArrangementBudget(UUID id, UUID schoolId, int schoolYear) {
        this.id = id;
        this.schoolId = schoolId;
        this.schoolYear = schoolYear;
    }

    UUID getId() {
        return id;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }

    @Nullable
    BigDecimal getAmount() {
        return amount;
    }

    @Nullable
    BigDecimal getHours() {
        return hours;
    }

    void set(ValidBudget budget, String by, Instant at) {
        this.amount = budget.amount();
        this.hours = budget.hours();
        this.changedByName = by;
        this.changedAt = at;
    }
}
