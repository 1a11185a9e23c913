package nl.uitzicht.dashboard;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What OPPs deleted by the retention job counted for (ADR 0086), added to the live figures: per school and
 * school year the OPP count and the compliance counts ({@code retired_opp_year}), per school and month the
 * OPPs that started ({@code retired_opp_start}). Anonymous counts; filtered by school, type and sector like
 * the live rows.
 */
final class RetiredFigures {

    static final List<String> COUNT_COLUMNS = List.of(
            "total",
            "parts_ok",
            "consent_due",
            "consent_ok",
            "view_ok",
            "six_due",
            "six_ok",
            "eval_due",
            "eval_ok",
            "legal_due",
            "legal_ok");

    private RetiredFigures() {}

    /** The live compliance counts plus the retired ones of the filter's school year. */
    static Map<String, Object> addRetired(
            NamedParameterJdbcTemplate jdbc,
            DashboardFilter filter,
            MapSqlParameterSource p,
            Map<String, Object> live) {
        StringBuilder sums = new StringBuilder();
        for (String column : COUNT_COLUMNS) {
            sums.append(sums.isEmpty() ? "" : ", ")
                    .append("coalesce(sum(r.")
                    .append(column)
                    .append("), 0) as ")
                    .append(column);
        }
        Map<String, Object> retired = jdbc.queryForMap(
                "select " + sums + " from retired_opp_year r" + DashboardSql.schoolJoin(filter, "r")
                        + " where r.tenant_id = :region and r.school_year = :year" + DashboardSql.schoolFilter(filter),
                p);
        Map<String, Object> total = new LinkedHashMap<>(live);
        for (String column : COUNT_COLUMNS) {
            total.put(column, ((Number) live.get(column)).longValue() + ((Number) retired.get(column)).longValue());
        }
        return total;
    }

    /** Adds the retired OPPs per school of the filter's school year to {@code bySchool}. */
    static void addOppsBySchool(
            NamedParameterJdbcTemplate jdbc,
            DashboardFilter filter,
            MapSqlParameterSource p,
            Map<UUID, Integer> bySchool) {
        jdbc.query(
                "select r.school_id, r.total from retired_opp_year r" + DashboardSql.schoolJoin(filter, "r")
                        + " where r.tenant_id = :region and r.school_year = :year" + DashboardSql.schoolFilter(filter),
                p,
                rs -> {
                    bySchool.merge(rs.getObject(1, UUID.class), rs.getInt(2), Integer::sum);
                });
    }

    /** Adds the retired OPPs that started in each month of the period to {@code byMonth}. */
    static void addStarts(
            NamedParameterJdbcTemplate jdbc,
            DashboardFilter filter,
            MapSqlParameterSource p,
            Map<YearMonth, Integer> byMonth) {
        jdbc.query(
                "select r.month, sum(r.opps) from retired_opp_start r" + DashboardSql.schoolJoin(filter, "r")
                        + " where r.tenant_id = :region and r.month between :from and :to"
                        + DashboardSql.schoolFilter(filter) + " group by 1",
                p,
                rs -> {
                    byMonth.merge(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2), Integer::sum);
                });
    }
}
