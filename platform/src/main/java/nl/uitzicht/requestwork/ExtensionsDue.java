package nl.uitzicht.requestwork;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions that end soon: a request granted (wholly or partly) whose end date is within {@link #NOTICE_WEEKS}
 * weeks, and for which no extension was asked yet (no later request extends it, and the pupil has no request made
 * after the decision). The school's staff see them on their worklist ("verlenging aanvragen"); the daily digest
 * counts them per school.
 */
@Service
@Transactional
public class ExtensionsDue {

    /** How long before a decision ends the school is told to ask for an extension. */
    public static final int NOTICE_WEEKS = 8;

    static final String AUDIT_SUBJECT = "REQUEST_WORKLIST";

    private static final String DUE = """
             from support_request_decision d
            join support_request r on r.id = d.request_id and r.tenant_id = :region
            where d.tenant_id = :region and d.outcome in ('GRANTED', 'PARTLY')
              and d.ends_on between :today and :until
              and not exists (
                select 1 from support_request x
                where x.tenant_id = :region and x.id <> r.id and x.status <> 'WITHDRAWN'
                  and (x.extends_request_id = r.id or (x.pupil_id = r.pupil_id and x.created_at >= d.recorded_at)))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    ExtensionsDue(NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The decisions of the staff member's schools that end within 8 weeks of {@code today}, soonest first. */
    @StaffOnly
    public List<ExtensionDue> forStaff(StaffScope scope, LocalDate today) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        List<ExtensionDue> due = jdbc.query(
                "select r.id, r.pupil_id, r.pupil_name, r.school_id, r.type, d.ends_on" + DUE
                        + " and r.school_id in (:schools) order by d.ends_on, r.pupil_name, r.id",
                params(today).addValue("schools", scope.schoolIds()),
                (rs, i) -> new ExtensionDue(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate()));
        if (!due.isEmpty()) {
            audit.record(
                    scope.actor(),
                    AuditAction.VIEW,
                    AUDIT_SUBJECT,
                    null,
                    "extensions due on the worklist: " + due.size() + " requests");
        }
        return due;
    }

    /** Per school of the bound region: how many decisions end within 8 weeks with no extension asked (counts only). */
    @SystemOnly
    public Map<UUID, Integer> bySchool(LocalDate today) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.query("select r.school_id, count(*)" + DUE + " group by r.school_id", params(today), rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        if (!counts.isEmpty()) {
            audit.record(
                    Actor.SYSTEM,
                    AuditAction.VIEW,
                    AUDIT_SUBJECT,
                    null,
                    "extensions due for the reminder digest in " + counts.size() + " schools");
        }
        return counts;
    }

    private static MapSqlParameterSource params(LocalDate today) {
        return new MapSqlParameterSource()
                .addValue("region", TenantContext.require())
                .addValue("today", Date.valueOf(today))
                .addValue("until", Date.valueOf(today.plusWeeks(NOTICE_WEEKS)));
    }
}
