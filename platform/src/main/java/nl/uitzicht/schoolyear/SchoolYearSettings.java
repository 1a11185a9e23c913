package nl.uitzicht.schoolyear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.MonthDay;
import java.util.UUID;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

/** One row per region; a region without one has the defaults (1 August, files kept 2 years). */
@Entity
@Table(name = "school_year_settings")
class SchoolYearSettings {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "rollover_month", nullable = false)
    private int rolloverMonth = 8;

    @Column(name = "rollover_day", nullable = false)
    private int rolloverDay = 1;

    @Column(name = "retention_years", nullable = false)
    private int retentionYears = RetentionTerm.MAXIMUM_YEARS;

    /** Null until first saved: then Spring Data inserts the row instead of merging it. */
    @Version
    private @Nullable Long version;

    protected SchoolYearSettings() {}

    static SchoolYearSettings defaults() {
        SchoolYearSettings settings = new SchoolYearSettings();
        settings.tenantId = TenantContext.require();
        return settings;
    }

    void apply(MonthDay rolloverOn, RetentionTerm term) {
        rolloverMonth = rolloverOn.getMonthValue();
        rolloverDay = rolloverOn.getDayOfMonth();
        retentionYears = term.years();
    }

    long getVersion() {
        return version == null ? 0 : version;
    }

    SchoolYearRules rules() {
        return new SchoolYearRules(
                MonthDay.of(rolloverMonth, rolloverDay), new RetentionTerm(retentionYears), getVersion());
    }
}
