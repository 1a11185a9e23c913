package nl.uitzicht.requestwork;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.Callers;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's requests past their decision term: submitted or in handling, and their due date (submission plus the
 * region's term) before today. For the case manager's queue, the longest overdue first.
 */
@Service
@Transactional
@PreAuthorize(Allow.CASE_MANAGER_OR_REGION_ADMIN)
public class OverdueRequests {

    private static final String OVERDUE = " from support_request r join school s on s.id = r.school_id"
            + " where r.tenant_id = :region and r.status in ('SUBMITTED', 'IN_HANDLING') and r.due_on < :today";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Callers callers;

    OverdueRequests(NamedParameterJdbcTemplate jdbc, AuditLog audit, Callers callers) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.callers = callers;
    }

    /** How many requests are past their term on {@code today}. */
    @Transactional(readOnly = true)
    public int count(LocalDate today) {
        Integer n = jdbc.queryForObject("select count(*)" + OVERDUE, params(today), Integer.class);
        return n == null ? 0 : n;
    }

    /** The first {@code limit} requests past their term, the longest overdue first; the read is audited. */
    public List<OverdueRequest> list(Actor by, LocalDate today, int limit) {
        callers.requireSelf(by.id());
        List<OverdueRequest> overdue = jdbc.query(
                "select r.id, r.pupil_name, s.name, r.type, r.due_on, r.case_manager_name" + OVERDUE
                        + " order by r.due_on, r.id limit :limit",
                params(today).addValue("limit", Math.max(1, Math.min(limit, 500))),
                (rs, i) -> {
                    LocalDate due = rs.getDate(5).toLocalDate();
                    return new OverdueRequest(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            due,
                            ChronoUnit.DAYS.between(due, today),
                            rs.getString(6));
                });
        if (!overdue.isEmpty()) {
            audit.record(
                    by, AuditAction.VIEW, ExtensionsDue.AUDIT_SUBJECT, null, "overdue requests: " + overdue.size());
        }
        return overdue;
    }

    private static MapSqlParameterSource params(LocalDate today) {
        return new MapSqlParameterSource()
                .addValue("region", TenantContext.require())
                .addValue("today", Date.valueOf(today));
    }
}
