package nl.uitzicht.opptemplate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.opp.FactorDomain;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "opp_template")
class OppTemplateEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "school_id", updatable = false)
    private @Nullable UUID schoolId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FactorDomain domain;

    @Column(name = "support_category_id")
    private @Nullable UUID supportCategoryId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hindering_factors", nullable = false)
    private String[] hinderingFactors;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "helping_factors", nullable = false)
    private String[] helpingFactors;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] goals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] interventions;

    @Column(nullable = false)
    private String frequency;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected OppTemplateEntity() {}

    OppTemplateEntity(@Nullable UUID schoolId) {
        this.id = UUID.randomUUID();
        this.schoolId = schoolId;
    }

    void write(ValidTemplate t, String by, Instant at) {
        name = t.name();
        domain = t.domain();
        supportCategoryId = t.supportCategoryId();
        hinderingFactors = t.hinderingFactors().toArray(String[]::new);
        helpingFactors = t.helpingFactors().toArray(String[]::new);
        goals = t.goals().toArray(String[]::new);
        interventions = t.interventions().toArray(String[]::new);
        frequency = t.frequency();
        updatedBy = by;
        updatedAt = at;
    }

    void retire(boolean retire, String by, Instant at) {
        retired = retire;
        updatedBy = by;
        updatedAt = at;
    }

    @Nullable
    UUID getSchoolId() {
        return schoolId;
    }

    long getVersion() {
        return version;
    }

    OppTemplate view() {
        return new OppTemplate(
                id,
                schoolId,
                name,
                domain,
                supportCategoryId,
                List.of(hinderingFactors),
                List.of(helpingFactors),
                List.of(goals),
                List.of(interventions),
                frequency,
                retired,
                version);
    }
}
