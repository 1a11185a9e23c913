package nl.uitzicht.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The trainers' reach: stakeholders by status and conversations per month (adults, so not suppressed). */
final class ReachFigures {

    private final NamedParameterJdbcTemplate jdbc;

    ReachFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Dashboard.Reach load(DashboardFilter filter, MapSqlParameterSource p) {
        String mapped =
                " from stakeholder st left join school s on s.id = st.school_id where st.tenant_id = :region and st.created_at::date <= :to"
                        + DashboardSql.schoolFilter(filter);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String status : List.of("NOT_APPROACHED", "IN_CONVERSATION", "ON_BOARD", "CRITICAL")) {
            byStatus.put(status, 0);
        }
        jdbc.query("select st.status, count(*)" + mapped + " group by st.status", p, rs -> {
            byStatus.put(rs.getString(1), rs.getInt(2));
        });
        Map<String, Object> totals = jdbc.queryForMap(
                "select count(distinct st.trainer_id) as trainers," + " count(distinct st.school_id) as schools"
                        + mapped,
                p);
        Map<YearMonth, int[]> talks = new HashMap<>();
        jdbc.query("""
                select date_trunc('month', c.held_on)::date, count(*), count(*) filter (where c.opps_reviewed)
                from stakeholder_conversation c join stakeholder st on st.id = c.stakeholder_id
                left join school s on s.id = st.school_id
                where c.tenant_id = :region and c.held_on between :from and :to""" + DashboardSql.schoolFilter(filter) + " group by 1", p, rs -> {
            talks.put(YearMonth.from(rs.getDate(1).toLocalDate()), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        List<Dashboard.MonthConversations> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from());
                !m.isAfter(YearMonth.from(filter.to()));
                m = m.plusMonths(1)) {
            int[] n = talks.getOrDefault(m, new int[2]);
            months.add(new Dashboard.MonthConversations(m, n[0], n[1]));
        }
        return new Dashboard.Reach(
                ((Number) totals.get("trainers")).intValue(),
                byStatus.values().stream().mapToInt(Integer::intValue).sum(),
                byStatus,
                ((Number) totals.get("schools")).intValue(),
                months.stream()
                        .mapToInt(Dashboard.MonthConversations::conversations)
                        .sum(),
                months.stream().mapToInt(Dashboard.MonthConversations::withOpps).sum(),
                months);
    }
}
