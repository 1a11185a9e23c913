package nl.uitzicht.schoolyear;

import java.time.DateTimeException;
import java.time.MonthDay;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region admin's school-year settings: the rollover day and the retention term. */
@Service
@Transactional
@RegionAdminOnly
public class SchoolYearSetup {

    static final String AUDIT_SUBJECT = "SCHOOL_YEAR_SETTINGS";

    private final SchoolYearSettingsRows rows;
    private final AuditLog audit;

    SchoolYearSetup(SchoolYearSettingsRows rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    /** The bound region's settings (the defaults when it never saved any). */
    @Transactional(readOnly = true)
    public SchoolYearRules rules() {
        return rows.findById(TenantContext.require())
                .map(SchoolYearSettings::rules)
                .orElseGet(() -> SchoolYearSettings.defaults().rules());
    }

    /**
     * Saves the rollover day (day 1-28 of a month, so it exists every year) and the retention term, with the
     * version the screen saw.
     */
    public SchoolYearRules update(
            Actor actor,
            long expectedVersion,
            @Nullable Integer month,
            @Nullable Integer day,
            @Nullable Integer years) {
        MonthDay rolloverOn = rolloverDay(month, day);
        if (years == null) {
            throw new InvalidInput("retentionYears", "schoolyear.error.retentionYears");
        }
        RetentionTerm term = new RetentionTerm(years);
        SchoolYearSettings settings = rows.findById(TenantContext.require()).orElseGet(SchoolYearSettings::defaults);
        if (settings.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SchoolYearSettings.class, TenantContext.require());
        }
        settings.apply(rolloverOn, term);
        SchoolYearRules saved = rows.saveAndFlush(settings).rules();
        audit.record(
                actor,
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                null,
                "rollover on " + rolloverOn + ", files kept " + term.years() + " years");
        return saved;
    }

    private static MonthDay rolloverDay(@Nullable Integer month, @Nullable Integer day) {
        if (month == null || day == null || day < 1 || day > 28) {
            throw new InvalidInput("rolloverDay", "schoolyear.error.rolloverDay");
        }
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new InvalidInput("rolloverDay", "schoolyear.error.rolloverDay");
        }
    }
}
