package nl.uitzicht.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.dashboard.DashboardRetirement;
import nl.uitzicht.schoolyear.RetentionTerm;
import nl.uitzicht.schoolyear.SchoolYearSetup;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention job of the bound region (ADR 0086): deletes the pupil files whose term has passed: an OPP
 * {@link RetentionTerm#years()} after it closed (or was discarded), one year longer after a referral to special
 * education; a pupil's registration as long after the pupil left, once none of their plans is left; an OPP
 * uploaded into a scoring round as long after its round closed (ADR 0096). First a
 * dry run ({@link #preview}); the run ({@link #run}, daily and by hand) deletes in one transaction, keeps the
 * dashboard's counts as anonymous figures first, and writes one audit record per deletion without its content.
 */
@Service
@Transactional
@RegionAdminOnly
public class RetentionJob {

    static final String OPP_SUBJECT = "OPP";
    static final String PUPIL_SUBJECT = "PUPIL";
    static final String UPLOAD_SUBJECT = "OPP_UPLOAD";

    private static final String ENDED_OPPS = """
            select o.id, o.pupil_id, o.school_id, s.name, p.name,
                   coalesce(o.closed_on, (o.updated_at at time zone 'Europe/Amsterdam')::date),
                   (o.closed_reason = 'SPECIAL_EDUCATION' or o.exit_destination in ('SBO', 'SO', 'VSO'))
            from opp o join pupil p on p.id = o.pupil_id join school s on s.id = o.school_id
            where o.tenant_id = ? and o.state in ('CLOSED', 'DISCARDED')""";

    private static final String LEFT_PUPILS = """
            select p.id, p.school_id, s.name, p.name, p.left_on,
                   (select count(*) from opp o where o.pupil_id = p.id)
            from pupil p join school s on s.id = p.school_id
            where p.tenant_id = ? and p.left_on is not null""";

    /** OPPs uploaded into a scoring round (ADR 0096): their term counts from the day the round closed. */
    private static final String UPLOADS_OF_CLOSED_ROUNDS = """
            select u.id, r.id, r.name, (r.closed_at at time zone 'Europe/Amsterdam')::date
            from opp_upload u join scoring_round r on r.id = u.round_id
            where u.tenant_id = ? and r.closed_at is not null""";

    /** Closes the gaps deleted OPPs leave in their rounds' order (two steps: the primary key holds at each). */
    private static final String RENUMBER_ROUND_OPPS = """
            update scoring_round_opp s set position = -1 - n.rn
            from (select round_id, position, row_number() over (partition by round_id order by position) - 1 as rn
                  from scoring_round_opp where tenant_id = ?) n
            where s.round_id = n.round_id and s.position = n.position and n.rn <> s.position""";

    private final SchoolYearSetup setup;
    private final DashboardRetirement dashboard;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetentionJob(SchoolYearSetup setup, DashboardRetirement dashboard, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.setup = setup;
        this.dashboard = dashboard;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The dry run: what a run today would delete. Audited as a view. */
    public RetentionReport preview(Actor actor) {
        RetentionReport report = expired();
        audit.record(
                actor,
                AuditAction.VIEW,
                "RETENTION",
                null,
                "dry run: " + report.opps() + " OPPs, " + report.pupils() + " pupils, "
                        + report.uploads().size() + " uploaded OPPs due for deletion");
        return report;
    }

    /** Deletes what the dry run lists, all or nothing; returns what was deleted. */
    public RetentionReport run(Actor actor) {
        RetentionReport report = expired();
        List<UUID> opps = report.files().stream()
                .filter(ExpiredFile::isOpp)
                .map(ExpiredFile::oppId)
                .toList();
        List<UUID> pupils = report.files().stream()
                .filter(f -> !f.isOpp())
                .map(ExpiredFile::pupilId)
                .toList();
        dashboard.retire(opps);
        FileDeletion deletion = new FileDeletion(jdbc);
        deletion.delete(
                "opp_upload",
                report.uploads().stream().map(ExpiredUpload::uploadId).toList());
        deletion.delete("opp", opps);
        deletion.delete("pupil", pupils);
        UUID region = TenantContext.require();
        jdbc.update(RENUMBER_ROUND_OPPS, region);
        jdbc.update(
                "update scoring_round_opp set position = -1 - position where tenant_id = ? and position < 0", region);
        for (ExpiredUpload upload : report.uploads()) {
            audit.record(
                    actor,
                    AuditAction.DELETE,
                    UPLOAD_SUBJECT,
                    upload.uploadId(),
                    "retention: round closed " + upload.roundClosedOn() + ", kept "
                            + report.term().years() + " years");
        }
        for (ExpiredFile file : report.files()) {
            audit.record(
                    actor,
                    AuditAction.DELETE,
                    file.isOpp() ? OPP_SUBJECT : PUPIL_SUBJECT,
                    file.isOpp() ? file.oppId() : file.pupilId(),
                    "retention: ended " + file.endedOn() + ", kept "
                            + report.term().years() + " years"
                            + (file.referral()
                                    ? " + " + RetentionTerm.REFERRAL_EXTRA_YEARS + " (special education)"
                                    : ""));
        }
        Instant now = clock.instant();
        jdbc.update(
                "insert into retention_run (id, tenant_id, run_at, run_by, opps, pupils) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                region,
                Timestamp.from(now),
                actor.name(),
                opps.size(),
                pupils.size());
        return new RetentionReport(report.today(), report.term(), report.files(), report.uploads(), now);
    }

    private RetentionReport expired() {
        RetentionTerm term = setup.rules().retention();
        LocalDate today = LocalDate.now(clock);
        UUID region = TenantContext.require();
        List<ExpiredFile> files = new ArrayList<>();
        Map<UUID, Integer> deletedOppsByPupil = new HashMap<>();
        Map<UUID, Boolean> referredPupils = new HashMap<>();
        jdbc.query(
                ENDED_OPPS,
                rs -> {
                    UUID pupil = rs.getObject(2, UUID.class);
                    boolean referral = rs.getBoolean(7);
                    LocalDate ended = rs.getDate(6).toLocalDate();
                    referredPupils.merge(pupil, referral, Boolean::logicalOr);
                    if (term.expired(ended, referral, today)) {
                        deletedOppsByPupil.merge(pupil, 1, Integer::sum);
                        files.add(new ExpiredFile(
                                rs.getObject(3, UUID.class),
                                rs.getString(4),
                                pupil,
                                rs.getString(5),
                                rs.getObject(1, UUID.class),
                                ended,
                                referral,
                                term.deleteFrom(ended, referral)));
                    }
                },
                region);
        jdbc.query(
                LEFT_PUPILS,
                rs -> {
                    UUID pupil = rs.getObject(1, UUID.class);
                    boolean referral = referredPupils.getOrDefault(pupil, false);
                    LocalDate left = rs.getDate(5).toLocalDate();
                    boolean noPlanLeft = rs.getInt(6) == deletedOppsByPupil.getOrDefault(pupil, 0);
                    if (noPlanLeft && term.expired(left, referral, today)) {
                        files.add(new ExpiredFile(
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                pupil,
                                rs.getString(4),
                                null,
                                left,
                                referral,
                                term.deleteFrom(left, referral)));
                    }
                },
                region);
        files.sort(Comparator.comparing(ExpiredFile::schoolName)
                .thenComparing(ExpiredFile::pupilName)
                .thenComparing(f -> f.oppId() == null ? 1 : 0));
        List<ExpiredUpload> uploads = new ArrayList<>();
        jdbc.query(
                UPLOADS_OF_CLOSED_ROUNDS,
                rs -> {
                    LocalDate closed = rs.getDate(4).toLocalDate();
                    if (term.expired(closed, false, today)) {
                        uploads.add(new ExpiredUpload(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                closed,
                                term.deleteFrom(closed, false)));
                    }
                },
                region);
        return new RetentionReport(today, term, files, uploads, lastRun());
    }

    private @Nullable Instant lastRun() {
        return jdbc
                .query(
                        "select max(run_at) from retention_run where tenant_id = ?",
                        (rs, i) -> rs.getTimestamp(1),
                        TenantContext.require())
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant)
                .findFirst()
                .orElse(null);
    }
}
