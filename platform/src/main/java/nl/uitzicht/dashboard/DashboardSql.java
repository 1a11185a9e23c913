package nl.uitzicht.dashboard;

import java.sql.Date;
import java.util.Arrays;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The SQL fragments and parameters every dashboard statement shares: the region, the period and the school filter. */
final class DashboardSql {

    private DashboardSql() {}

    static MapSqlParameterSource params(DashboardFilter filter) {
        // The region as a bound value next to row-level security: RLS stays the guard, and the planner
        // gets the region's row counts (with only the policy it guesses a tenth of them; finding 7/RLS ratio
        // in docs/performance.md).
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("region", TenantContext.require())
                .addValue("from", Date.valueOf(filter.from()))
                .addValue("to", Date.valueOf(filter.to()))
                .addValue("year", filter.schoolYear().startYear());
        if (filter.schoolId() != null) {
            p.addValue("school", filter.schoolId());
        }
        if (filter.type() != null) {
            p.addValue("type", filter.type().name());
        }
        if (filter.sector() != null) {
            p.addValue(
                    "sectorTypes",
                    Arrays.stream(SchoolType.values())
                            .filter(t -> t.sector() == filter.sector())
                            .map(SchoolType::name)
                            .toList());
        }
        return p;
    }

    /**
     * The school table is joined only when the filter narrows the schools: the join costs the planner its row
     * estimates (the region is only known at run time), and with them the cheap plan. Ends with a line break.
     */
    static String schoolJoin(DashboardFilter filter, String alias) {
        return (filter.narrowsSchools() ? " join school s on s.id = " + alias + ".school_id" : "") + "\n";
    }

    static String schoolFilter(DashboardFilter filter) {
        return (filter.schoolId() == null ? "" : " and s.id = :school")
                + (filter.type() == null ? "" : " and s.type = :type")
                + (filter.sector() == null ? "" : " and s.type in (:sectorTypes)");
    }

    /**
     * OPPs running at some time in the period: a closed one counts for the period it ran, a discarded draft
     * never (ADR 0077).
     */
    static String running(DashboardFilter filter) {
        return "o.tenant_id = :region and o.state <> 'DISCARDED' and o.support_started_on <= :to"
                + " and (o.closed_on is null or o.closed_on >= :from)"
                + schoolFilter(filter);
    }
}
