package nl.uitzicht.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.RegionAdminOnly;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before the retention job deletes OPPs: keeps what they count for on the dashboard as anonymous counts per
 * school and school year (and per month of start), so the region's figures do not change when the files go
 * (ADR 0086). Runs in the deleting transaction.
 */
@Service
@RegionAdminOnly
public class DashboardRetirement {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DashboardRetirement(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the counts of these OPPs (of the bound region) to the retired figures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retire(Collection<UUID> oppIds) {
        if (oppIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", oppIds.toArray(UUID[]::new));
        List<Integer> years = jdbc.query("""
                select distinct y from opp o,
                  generate_series(extract(year from o.support_started_on - interval '7 months')::int,
                                  extract(year from coalesce(o.closed_on, o.support_started_on) - interval '7 months')::int) y
                where o.id = any(:ids) and o.state <> 'DISCARDED' order by y""", ids, (rs, i) -> rs.getInt(1));
        for (int year : years) {
            DashboardFilter filter = new DashboardFilter(new SchoolYear(year), null, null, null);
            MapSqlParameterSource p = DashboardSql.params(filter)
                    .addValue("today", java.sql.Date.valueOf(LocalDate.now(clock)))
                    .addValue("ids", oppIds.toArray(UUID[]::new));
            String columns = String.join(", ", RetiredFigures.COUNT_COLUMNS);
            StringBuilder add = new StringBuilder();
            for (String column : RetiredFigures.COUNT_COLUMNS) {
                add.append(add.isEmpty() ? "" : ", ")
                        .append(column)
                        .append(" = r.")
                        .append(column)
                        .append(" + excluded.")
                        .append(column);
            }
            jdbc.update(
                    QualityFigures.checked(filter, " and o.id = any(:ids)")
                            + ", per_school as (select school_id, " + QualityFigures.COUNTS
                            + " from checked group by school_id)"
                            + " insert into retired_opp_year as r (tenant_id, school_id, school_year, opps, " + columns
                            + ") select :region, school_id, :year, total, " + columns + " from per_school"
                            + " on conflict (tenant_id, school_year, school_id) do update set opps = r.opps + excluded.opps, "
                            + add,
                    p);
        }
        jdbc.update("""
                insert into retired_opp_start as r (tenant_id, school_id, month, opps)
                select o.tenant_id, o.school_id, date_trunc('month', o.support_started_on)::date, count(*)
                from opp o where o.id = any(:ids) and o.state <> 'DISCARDED'
                group by o.tenant_id, o.school_id, date_trunc('month', o.support_started_on)::date
                on conflict (tenant_id, month, school_id) do update set opps = r.opps + excluded.opps""", ids);
    }
}
