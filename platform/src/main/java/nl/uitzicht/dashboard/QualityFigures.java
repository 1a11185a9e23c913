package nl.uitzicht.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The quality part of the dashboard: checklist scores per item and the legal compliance checks. */
final class QualityFigures {

    private final NamedParameterJdbcTemplate jdbc;

    QualityFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Dashboard.Quality load(DashboardFilter filter, MapSqlParameterSource p) {
        // Per item and over all items in one pass: the row without an item position is the overall mean.
        List<Dashboard.ItemScore> items = new ArrayList<>();
        Double[] overall = {null};
        jdbc.query(
                """
                select c.item_position, min(c.item_code), count(distinct c.opp_id), avg(c.score)
                from consensus_score c""" + DashboardSql.schoolJoin(filter, "c") + """
                where c.tenant_id = :region and c.decided_at::date between :from and :to""" + DashboardSql.schoolFilter(filter)
                        + " group by grouping sets ((c.item_position), ()) order by c.item_position nulls last",
                p,
                rs -> {
                    Cell opps = Cell.of(rs.getInt(3));
                    Double mean =
                            opps.suppressed() || opps.value() == 0 ? null : Math.round(rs.getDouble(4) * 100) / 100.0;
                    if (rs.getObject(1) == null) {
                        overall[0] = mean;
                    } else {
                        items.add(new Dashboard.ItemScore(rs.getInt(1), rs.getString(2), opps, mean));
                    }
                });
        Map<String, Object> c = complianceCounts(filter, p);
        List<Dashboard.Compliance> checks = List.of(
                compliance("LEGAL_PARTS", c, "total", "parts_ok"),
                compliance("CONSENT", c, "consent_due", "consent_ok"),
                compliance("PUPIL_VIEW", c, "total", "view_ok"),
                compliance("SET_WITHIN_SIX_WEEKS", c, "six_due", "six_ok"),
                compliance("EVALUATED_WITHIN_YEAR", c, "eval_due", "eval_ok"),
                compliance("MEETS_LEGAL_REQUIREMENTS", c, "legal_due", "legal_ok"));
        return new Dashboard.Quality(items, overall[0], checks, 0.5);
    }

    /**
     * The legal checks counted over the running OPPs' current versions: the SQL form of {@code
     * analysis.CheckRules} ({@code ChecksAgreeTest} holds the two to the same counts). {@code parts} is the SQL form of
     * {@link nl.uitzicht.opp.OppContent#missingLegalParts()} (ADR 0078); {@code LegalPartsAgreeTest} holds the
     * two to the same answer over every combination of parts.
     */
    Map<String, Object> complianceCounts(DashboardFilter filter, MapSqlParameterSource p) {
        // The OPPs' current versions first (materialised), then the legal parts counted per version in one
        // pass each, rather than four EXISTS probes per OPP.
        Map<String, Object> live = jdbc.queryForMap(checked(filter, "") + "select " + COUNTS + " from checked", p);
        return RetiredFigures.addRetired(jdbc, filter, p, live);
    }

    /** The compliance counts' columns, summed over {@code checked}. */
    static final String COUNTS = """
                  count(*) as total,
                  count(*) filter (where parts) as parts_ok,
                  count(*) filter (where first_active_on is not null or state = 'AWAITING_CONSENT' or deadline_passed) as consent_due,
                  count(*) filter (where first_active_on is not null) as consent_ok,
                  count(*) filter (where pupil_view) as view_ok,
                  count(*) filter (where first_active_on is not null or deadline_passed) as six_due,
                  count(*) filter (where first_active_on is not null and first_active_on <= deadline_on) as six_ok,
                  count(*) filter (where first_active_on is not null and state <> 'CLOSED') as eval_due,
                  count(*) filter (where first_active_on is not null and state <> 'CLOSED'
                                   and (next_evaluation_on is null or next_evaluation_on >= :today)) as eval_ok,
                  count(*) filter (where first_active_on is not null or deadline_passed) as legal_due,
                  count(*) filter (where parts and pupil_view and first_active_on is not null
                                   and first_active_on <= deadline_on) as legal_ok
                """;

    /**
     * The running OPPs' current versions with their legal parts checked ({@code checked}), narrowed by
     * {@code moreWhere} (an SQL condition on {@code o}, starting with " and", or empty).
     */
    static String checked(DashboardFilter filter, String moreWhere) {
        return """
                with cur as materialized (
                  select o.school_id, o.state, o.deadline_on, o.first_active_on, o.next_evaluation_on, v.id as version_id,
                    -- the day the plan is judged on: today, or the day it closed (CheckRules)
                    o.deadline_on < least(:today, case when o.state = 'CLOSED' then o.closed_on end) as deadline_passed,
                    (v.exit_destination is not null and coalesce(trim(v.perspective_reasoning), '') <> ''
                       and coalesce(trim(v.perspective_needed), '') <> '') as perspective,
                    coalesce(trim(v.pupil_view), '') <> '' as pupil_view
                  from opp o join opp_version v on v.opp_id = o.id and v.version_no = o.current_version_no and v.tenant_id = :region""" + DashboardSql.schoolJoin(filter, "o") + """
                  where\s""" + DashboardSql.running(filter) + moreWhere + """
                ), factors as (
                  select f.version_id, bool_or(f.kind = 'HINDERING') as hindering, bool_or(f.kind = 'HELPING') as helping
                  from opp_factor f where f.tenant_id = :region and f.version_id in (select version_id from cur) group by f.version_id
                ), goals as (
                  select distinct g.version_id from opp_goal g where g.tenant_id = :region and g.version_id in (select version_id from cur)
                ), interventions as (
                  select distinct i.version_id from opp_intervention i where i.tenant_id = :region and i.version_id in (select version_id from cur)
                ), checked as (
                  select cur.*, (cur.perspective and coalesce(f.hindering, false) and coalesce(f.helping, false)
                                 and g.version_id is not null and i.version_id is not null) as parts
                  from cur left join factors f on f.version_id = cur.version_id
                  left join goals g on g.version_id = cur.version_id
                  left join interventions i on i.version_id = cur.version_id
                )
                """;
    }

    private static Dashboard.Compliance compliance(String check, Map<String, Object> row, String dueKey, String okKey) {
        int due = ((Number) row.get(dueKey)).intValue();
        int ok = ((Number) row.get(okKey)).intValue();
        List<Cell> split = SmallCells.protectLine(List.of(ok, due - ok), due);
        Cell dueCell = split.getLast();
        // The share would give away the passing count when that is suppressed and the number due is not.
        boolean hidden = dueCell.suppressed() || split.getFirst().suppressed() || due == 0;
        return new Dashboard.Compliance(
                check, dueCell, split.getFirst(), hidden ? null : Math.round(ok * 1000.0 / due) / 10.0);
    }
}
