package nl.uitzicht.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

/** The region's decision term for requests (one row per region; absent means the default). */
@Entity
@Table(name = "request_settings")
class RequestSettingsRow {

    /** Also the tenant: one row per region (no {@code @TenantId}: the key is the region, RLS guards it). */
    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "decision_term_weeks", nullable = false)
    private int decisionTermWeeks;

    /** Null until first saved: then Spring Data inserts the row instead of merging it. */
    @Version
    private @Nullable Long version;

    protected RequestSettingsRow() {}

    static RequestSettingsRow defaults() {
        RequestSettingsRow row = new RequestSettingsRow();
        row.tenantId = TenantContext.require();
        row.decisionTermWeeks = RequestTerms.DEFAULT_DECISION_TERM_WEEKS;
        return row;
    }

    void setDecisionTermWeeks(int weeks) {
        this.decisionTermWeeks = weeks;
    }

    int getDecisionTermWeeks() {
        return decisionTermWeeks;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
