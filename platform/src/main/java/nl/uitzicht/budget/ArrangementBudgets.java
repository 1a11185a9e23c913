package nl.uitzicht.budget;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.Callers;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arrangement budgets of the bound region, per school and school year, against what was granted (ADR 0095).
 * A school year runs from 1 August to 31 July, like the dashboards' periods; a decision counts in the school year
 * its arrangement starts in. Case managers and region administrators read and set them; a change is audited and
 * saved only when nobody changed the same budget since the editor read it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Allow.CASE_MANAGER_OR_REGION_ADMIN)
public class ArrangementBudgets {

    static final String AUDIT_SUBJECT = "ARRANGEMENT_BUDGET";

    /** Arrangements granted (wholly or partly) per school, in the school year they start in. */
    private static final String GRANTED = """
            select r.school_id, count(*) as arrangements, coalesce(sum(d.budget_amount), 0) as amount,
                   coalesce(sum(d.hours), 0) as hours
            from support_request_decision d
            join support_request r on r.id = d.request_id and r.tenant_id = :region
            where d.tenant_id = :region and d.outcome in ('GRANTED', 'PARTLY')
              and r.type in ('INDIVIDUAL_ARRANGEMENT', 'GROUP_ARRANGEMENT')
              and d.starts_on between :from and :to
            group by r.school_id""";

    /** The schools of the year: open, or closed within or after it. */
    private static final String SCHOOLS = " from school s"
            + " left join arrangement_budget b on b.school_id = s.id and b.school_year = :year and b.tenant_id = :region"
            + " left join granted g on g.school_id = s.id"
            + " where s.tenant_id = :region and (s.closed_on is null or s.closed_on >= :from)";

    private final NamedParameterJdbcTemplate jdbc;
    private final ArrangementBudgetRows rows;
    private final AuditLog audit;
    private final Callers callers;
    private final Clock clock;

    ArrangementBudgets(
            NamedParameterJdbcTemplate jdbc, ArrangementBudgetRows rows, AuditLog audit, Callers callers, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
    }

    /** How many schools the year's list has (for the lazy grid). */
    public int count(int schoolYear) {
        Integer n = jdbc.queryForObject(
                "with granted as (" + GRANTED + ") select count(*)" + SCHOOLS, params(schoolYear), Integer.class);
        return n == null ? 0 : n;
    }

    /** One page of the year's schools by name, with their budget and what was granted. */
    public List<SchoolBudget> page(int schoolYear, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset >= 0 and limit >= 1");
        }
        return jdbc.query(
                "with granted as (" + GRANTED + ") select s.id, s.name, b.amount, b.hours, b.version,"
                        + " coalesce(g.arrangements, 0) arrangements, coalesce(g.amount, 0) granted_amount,"
                        + " coalesce(g.hours, 0) granted_hours"
                        + SCHOOLS + " order by s.name, s.id limit :limit offset :offset",
                params(schoolYear).addValue("limit", Math.min(limit, 500)).addValue("offset", offset),
                (rs, i) -> row(rs, schoolYear));
    }

    /** One school's line of the year. */
    public SchoolBudget of(UUID schoolId, int schoolYear) {
        return jdbc
                .query(
                        "with granted as (" + GRANTED + ") select s.id, s.name, b.amount, b.hours, b.version,"
                                + " coalesce(g.arrangements, 0) arrangements, coalesce(g.amount, 0) granted_amount,"
                                + " coalesce(g.hours, 0) granted_hours"
                                + SCHOOLS + " and s.id = :school",
                        params(schoolYear).addValue("school", schoolId),
                        (rs, i) -> row(rs, schoolYear))
                .stream()
                .findFirst()
                .orElseThrow(() -> new InvalidInput("school", "budget.error.school"));
    }

    /** The year's budgets and grants over all its schools. */
    public BudgetTotals totals(int schoolYear) {
        Map<String, Object> t = jdbc.queryForMap(
                "with granted as (" + GRANTED + ") select coalesce(sum(b.amount), 0) amount,"
                        + " coalesce(sum(b.hours), 0) hours, coalesce(sum(g.arrangements), 0) arrangements,"
                        + " coalesce(sum(g.amount), 0) granted_amount, coalesce(sum(g.hours), 0) granted_hours"
                        + SCHOOLS,
                params(schoolYear));
        return new BudgetTotals(
                schoolYear,
                (BigDecimal) t.get("amount"),
                (BigDecimal) t.get("hours"),
                ((Number) Objects.requireNonNull(t.get("arrangements"))).intValue(),
                (BigDecimal) t.get("granted_amount"),
                (BigDecimal) t.get("granted_hours"));
    }

    /**
     * Sets the budget of a school for a school year. {@code expectedVersion} is the version the editor read (null
     * when there was no budget yet); a budget changed or created meanwhile is an
     * {@link ObjectOptimisticLockingFailureException}, and nothing is saved.
     */
    @Transactional
    public SchoolBudget set(
            Actor by, UUID schoolId, int schoolYear, BudgetInput input, @Nullable Long expectedVersion) {
        callers.requireSelf(by.id());
        checkYear(schoolYear);
        ValidBudget budget = ValidBudget.of(input);
        SchoolBudget before = of(schoolId, schoolYear);
        ArrangementBudget row =
                rows.findBySchoolIdAndSchoolYear(schoolId, schoolYear).orElse(null);
        if (row == null ? expectedVersion != null : !Objects.equals(expectedVersion, row.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(ArrangementBudget.class, schoolId);
        }
        boolean created = row == null;
        ArrangementBudget changed = created ? new ArrangementBudget(UUID.randomUUID(), schoolId, schoolYear) : row;
        changed.set(budget, by.name(), clock.instant());
        try {
            rows.saveAndFlush(changed);
        } catch (DataIntegrityViolationException createdMeanwhile) {
            throw new ObjectOptimisticLockingFailureException(ArrangementBudget.class, schoolId);
        }
        audit.record(
                by,
                created ? AuditAction.CREATE : AuditAction.UPDATE,
                AUDIT_SUBJECT,
                changed.getId(),
                "budget " + schoolYear + "-" + (schoolYear + 1) + " of " + before.schoolName() + ": amount "
                        + text(budget.amount()) + " (was " + text(before.budgetAmount()) + "), hours "
                        + text(budget.hours()) + " (was " + text(before.budgetHours()) + ")");
        return of(schoolId, schoolYear);
    }

    private static String text(@Nullable BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    private static void checkYear(int schoolYear) {
        if (schoolYear < 2000 || schoolYear > 2200) {
            throw new InvalidInput("schoolYear", "budget.error.schoolYear");
        }
    }

    private static MapSqlParameterSource params(int schoolYear) {
        checkYear(schoolYear);
        LocalDate from = LocalDate.of(schoolYear, 8, 1);
        return new MapSqlParameterSource()
                .addValue("region", TenantContext.require())
                .addValue("year", schoolYear)
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(from.plusYears(1).minusDays(1)));
    }

    private static SchoolBudget row(ResultSet rs, int schoolYear) throws SQLException {
        return new SchoolBudget(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                schoolYear,
                rs.getBigDecimal("amount"),
                rs.getBigDecimal("hours"),
                rs.getObject("version", Long.class),
                rs.getInt("arrangements"),
                rs.getBigDecimal("granted_amount"),
                rs.getBigDecimal("granted_hours"));
    }
}
