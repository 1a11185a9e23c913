package nl.uitzicht.schoolyear;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.opp.OppLifecycle;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school-year rollover of the bound region (ADR 0085): from the region's rollover day on, groups move up,
 * leavers leave and their open OPPs close, active OPPs get their yearly evaluation in the new year. First a
 * dry run ({@link #preview}) that the region admin reviews, then the run ({@link #run}): one transaction
 * (all or nothing), the same rows as the dry run, once per school year (a second run does nothing), audited
 * per pupil and plan and as a whole.
 */
@Service
@Transactional
@RegionAdminOnly
public class SchoolYearRollover {

    static final String AUDIT_SUBJECT = "SCHOOL_YEAR_ROLLOVER";

    private final SchoolYearSetup setup;
    private final PupilRegister pupils;
    private final OppLifecycle opps;
    private final SchoolDirectory schools;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SchoolYearRollover(
            SchoolYearSetup setup,
            PupilRegister pupils,
            OppLifecycle opps,
            SchoolDirectory schools,
            AuditLog audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.setup = setup;
        this.pupils = pupils;
        this.opps = opps;
        this.schools = schools;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The dry run: what the rollover of the current school year would change, or when it ran. Audited as a view. */
    public RolloverReport preview(Actor actor) {
        SchoolYearDates dates = setup.rules().dates();
        int year = dates.yearOf(LocalDate.now(clock));
        RolloverReport report = done(dates, year).orElseGet(() -> plan(dates, year));
        audit.record(actor, AuditAction.VIEW, AUDIT_SUBJECT, null, "dry run " + year + ": " + report.summary());
        return report;
    }

    /**
     * Runs the rollover of the current school year: claims the school year first (a concurrent or second run
     * finds it taken and changes nothing), then applies the dry run's rows. Returns what changed.
     */
    public RolloverReport run(Actor actor) {
        SchoolYearDates dates = setup.rules().dates();
        int year = dates.yearOf(LocalDate.now(clock));
        int claimed = jdbc.update(
                """
                insert into school_year_rollover (tenant_id, school_year, rollover_on, run_at, run_by, summary)
                values (?, ?, ?, ?, ?, '') on conflict do nothing""", TenantContext.require(), year, dates.start(year), Timestamp.from(clock.instant()), actor.name());
        if (claimed == 0) {
            return done(dates, year).orElseThrow();
        }
        RolloverReport report = plan(dates, year);
        for (RolloverRow row : report.rows()) {
            apply(actor, row, dates.leavingDay(year), dates.end(year));
        }
        jdbc.update(
                "update school_year_rollover set summary = ? where tenant_id = ? and school_year = ?",
                report.summary(),
                TenantContext.require(),
                year);
        audit.record(actor, AuditAction.UPDATE, AUDIT_SUBJECT, null, "school year " + year + ": " + report.summary());
        return report;
    }

    private void apply(Actor actor, RolloverRow row, LocalDate leftOn, LocalDate yearEnd) {
        switch (row.change()) {
            case MOVE_UP -> pupils.moveToGroup(actor, row.pupilId(), row.after());
            case LEAVE -> pupils.leaveAtYearEnd(actor, row.pupilId(), leftOn);
            case CLOSE_OPP -> opps.closeOnLeaving(actor, java.util.Objects.requireNonNull(row.oppId()), leftOn);
            case SCHEDULE_EVALUATION ->
                opps.scheduleEvaluation(actor, java.util.Objects.requireNonNull(row.oppId()), yearEnd);
            case NOT_UNDERSTOOD -> {
                // listed for the school to move by hand; nothing changes
            }
        }
    }

    private RolloverReport plan(SchoolYearDates dates, int year) {
        List<RolloverRow> rows =
                RolloverPlanner.plan(pupils.enrolledInRegion(), schools.all(), opps.openPlansInRegion(), dates, year);
        return new RolloverReport(year, dates.start(year), null, null, rows);
    }

    private java.util.Optional<RolloverReport> done(SchoolYearDates dates, int year) {
        return jdbc
                .query(
                        "select run_at, run_by from school_year_rollover where tenant_id = ? and school_year = ?",
                        (rs, i) -> new RolloverReport(
                                year, dates.start(year), rs.getTimestamp(1).toInstant(), rs.getString(2), List.of()),
                        TenantContext.require(),
                        year)
                .stream()
                .findFirst();
    }
}
