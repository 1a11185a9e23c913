package nl.uitzicht.board;

import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.access.PolicyOrRegionAdmin;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board report's own aggregates, one {@code GROUP BY} school year per figure over all years at once (so the
 * number of statements does not grow with the years shown), under the region's row-level security with the region
 * also bound as a value (as {@code DashboardSql} does). Cached per region and data version, like the dashboard: a
 * trigger raises the version on every write to the tables read here (changesets 0600 and 0950).
 *
 * <p>School years are the dashboard's fixed buckets, 1 August to 31 July, named by the year they start in:
 * {@code extract(year from day - 7 months)}.
 */
@Component
@Transactional(readOnly = true)
@PolicyOrRegionAdmin
class BoardFigures {

    static final String CACHE = "board-report-figures";

    /**
     * What one scored member of a scoring round is, in {@code consensus_score c}: the round and the plan scored in it.
     * Consensus is counted per round member, so the same plan scored in two rounds counts twice, each in its round's
     * school year. (Uploaded plans scored in the same tables are members too: keep this the member's key.)
     */
    static final String MEMBER = "c.round_id, c.opp_id";

    private final NamedParameterJdbcTemplate jdbc;

    BoardFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The school year a date (or timestamp) expression falls in, as an SQL integer. */
    static String yearOf(String day) {
        return "extract(year from (" + day + ") - interval '7 months')::int";
    }

    @Cacheable(cacheNames = CACHE, keyGenerator = "tenantKeys")
    public YearFigures load(long dataVersion) {
        MapSqlParameterSource p = new MapSqlParameterSource("region", TenantContext.require());
        return new YearFigures(firstYear(p), consensus(p), items(p), goals(p), closed(p), closedGroups(p));
    }

    private @Nullable Integer firstYear(MapSqlParameterSource p) {
        return jdbc.queryForObject(
                "select least("
                        + "(select min(" + yearOf("o.support_started_on") + ") from opp o"
                        + " where o.tenant_id = :region and o.state <> 'DISCARDED'),"
                        + " (select min(r.school_year) from retired_opp_year r where r.tenant_id = :region),"
                        + " (select min(" + yearOf("r.created_at at time zone 'Europe/Amsterdam'") + ")"
                        + " from scoring_round r where r.tenant_id = :region))",
                p,
                Integer.class);
    }

    private List<YearFigures.ConsensusYear> consensus(MapSqlParameterSource p) {
        return jdbc.query(
                "with member as (select " + yearOf("r.created_at at time zone 'Europe/Amsterdam'") + " as year, "
                        + MEMBER + ", avg(c.score) as mean"
                        + " from consensus_score c join scoring_round r on r.id = c.round_id and r.tenant_id = :region"
                        + " where c.tenant_id = :region group by 1, " + MEMBER + ")"
                        + " select year, count(*), avg(mean) from member group by year order by year",
                p,
                (rs, i) -> new YearFigures.ConsensusYear(rs.getInt(1), rs.getInt(2), rs.getDouble(3)));
    }

    private List<YearFigures.ItemYear> items(MapSqlParameterSource p) {
        return jdbc.query(
                "select " + yearOf("r.created_at at time zone 'Europe/Amsterdam'")
                        + ", c.item_position, min(c.item_code), count(*), avg(c.score),"
                        // the statement of the checklist version of the year's latest round (found by the item's code)
                        + " (array_agg(i.statement order by r.created_at desc)"
                        + " filter (where i.statement is not null))[1]"
                        + " from consensus_score c join scoring_round r on r.id = c.round_id and r.tenant_id = :region"
                        + " left join checklist_item i on i.checklist_id = r.checklist_id and i.code = c.item_code"
                        + " and i.tenant_id = :region"
                        + " where c.tenant_id = :region group by 1, 2 order by 1, 2",
                p,
                (rs, i) -> new YearFigures.ItemYear(
                        rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(6), rs.getInt(4), rs.getDouble(5)));
    }

    private List<YearFigures.GoalYear> goals(MapSqlParameterSource p) {
        return jdbc.query(
                "select " + yearOf("e.evaluated_on") + ", count(distinct o.pupil_id),"
                        + " count(*) filter (where g.result = 'ACHIEVED'),"
                        + " count(*) filter (where g.result = 'PARTLY'),"
                        + " count(*) filter (where g.result = 'NOT_ACHIEVED')"
                        + " from opp_goal_evaluation g"
                        + " join opp_evaluation e on e.id = g.evaluation_id and e.tenant_id = :region"
                        + " join opp o on o.id = e.opp_id and o.tenant_id = :region"
                        + " where g.tenant_id = :region and o.state <> 'DISCARDED' group by 1 order by 1",
                p,
                (rs, i) ->
                        new YearFigures.GoalYear(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    private List<YearFigures.ClosedYear> closed(MapSqlParameterSource p) {
        return jdbc.query(
                "select " + yearOf("o.closed_on") + ", count(*), avg(o.closed_on - o.support_started_on),"
                        + " percentile_cont(0.5) within group (order by o.closed_on - o.support_started_on)"
                        + " from opp o where o.tenant_id = :region and o.state = 'CLOSED' and o.closed_on is not null"
                        + " group by 1 order by 1",
                p,
                (rs, i) -> new YearFigures.ClosedYear(rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4)));
    }

    private List<YearFigures.ClosedGroup> closedGroups(MapSqlParameterSource p) {
        List<YearFigures.ClosedGroup> groups = new ArrayList<>();
        jdbc.query(
                "select year, reason, destination, grouping(reason), count(*) from (select "
                        + yearOf("o.closed_on") + " as year, o.closed_reason as reason,"
                        + " coalesce(o.exit_destination, 'UNKNOWN') as destination from opp o"
                        + " where o.tenant_id = :region and o.state = 'CLOSED' and o.closed_on is not null) c"
                        + " group by grouping sets ((year, reason), (year, destination)) order by year",
                p,
                rs -> {
                    boolean byReason = rs.getInt(4) == 0;
                    String value = byReason ? rs.getString(2) : rs.getString(3);
                    groups.add(new YearFigures.ClosedGroup(
                            rs.getInt(1),
                            byReason ? "REASON" : "DESTINATION",
                            value == null ? "UNKNOWN" : value,
                            rs.getInt(5)));
                });
        return groups;
    }
}
