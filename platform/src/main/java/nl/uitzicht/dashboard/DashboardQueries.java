package nl.uitzicht.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.PolicyOrRegionAdmin;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's aggregates, computed by PostgreSQL (GROUP BY; no entities loaded) under the region's
 * row-level security, and cached per region + filter + the region's data version (see {@link #dataVersion()}).
 */
@Component
@Transactional(readOnly = true)
@PolicyOrRegionAdmin
class DashboardQueries {

    static final String CACHE = "region-dashboard";

    private final NamedParameterJdbcTemplate jdbc;
    private final BasicSupportSource basicSupport;

    DashboardQueries(NamedParameterJdbcTemplate jdbc, BasicSupportSource basicSupport) {
        this.jdbc = jdbc;
        this.basicSupport = basicSupport;
    }

    /**
     * The region's data version: raised by a trigger on every write to the tables behind the dashboard
     * (OPPs and their parts, consensus scores, schools, basic support, trainers' stakeholders). Part of
     * the cache key, so any change makes a new entry; reading it is one indexed row.
     */
    long dataVersion() {
        Long version =
                jdbc.queryForObject("select coalesce(max(version), 0) from region_data_version", Map.of(), Long.class);
        return version == null ? 0 : version;
    }

    @Cacheable(cacheNames = CACHE, keyGenerator = "tenantKeys")
    public Dashboard dashboard(DashboardFilter filter, LocalDate today, long dataVersion) {
        // Plan every statement for its own parameters, in this transaction only: the region is known to the
        // planner only at run time (RLS), and a cached generic plan once took the compliance statement from
        // 40 ms to 4 s at the largest region (docs/performance.md).
        jdbc.queryForObject("select set_config('plan_cache_mode', 'force_custom_plan', true)", Map.of(), String.class);
        MapSqlParameterSource p = params(filter).addValue("today", Date.valueOf(today));
        List<SchoolRow> schoolRows = schools(filter, p);
        Map<UUID, Integer> oppsBySchool = new HashMap<>();
        jdbc.query(
                "select o.school_id, count(*) n from opp o" + schoolJoin(filter, "o") + " where " + running(filter)
                        + " group by o.school_id",
                p,
                rs -> {
                    oppsBySchool.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        List<Dashboard.SchoolRate> schools = new ArrayList<>();
        Map<SchoolType, List<SchoolRow>> byType = new LinkedHashMap<>();
        for (SchoolRow s : schoolRows) {
            byType.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s);
        }
        List<Dashboard.TypeRate> types = new ArrayList<>();
        List<Integer> typeTotals = new ArrayList<>();
        for (Map.Entry<SchoolType, List<SchoolRow>> e : byType.entrySet()) {
            List<Integer> counts = e.getValue().stream()
                    .map(s -> oppsBySchool.getOrDefault(s.id(), 0))
                    .toList();
            int typeTotal = counts.stream().mapToInt(Integer::intValue).sum();
            List<Cell> cells = SmallCells.protectLine(counts, typeTotal);
            for (int i = 0; i < e.getValue().size(); i++) {
                SchoolRow s = e.getValue().get(i);
                schools.add(new Dashboard.SchoolRate(s.id(), s.name(), s.type(), s.pupils(), cells.get(i)));
            }
            typeTotals.add(typeTotal);
            types.add(new Dashboard.TypeRate(
                    e.getKey(),
                    e.getValue().size(),
                    e.getValue().stream().mapToInt(SchoolRow::pupils).sum(),
                    cells.getLast()));
        }
        int total = typeTotals.stream().mapToInt(Integer::intValue).sum();
        List<Cell> protectedTypes = SmallCells.protectLine(typeTotals, total);
        for (int i = 0; i < types.size(); i++) {
            Dashboard.TypeRate t = types.get(i);
            if (protectedTypes.get(i).suppressed() && !t.opps().suppressed()) {
                types.set(
                        i,
                        new Dashboard.TypeRate(
                                t.type(), t.schools(), t.pupils(), t.opps().suppress()));
            }
        }
        schools.sort(Comparator.comparing(Dashboard.SchoolRate::name));
        return new Dashboard(
                filter,
                schools,
                types,
                protectedTypes.getLast(),
                schoolRows.stream().mapToInt(SchoolRow::pupils).sum(),
                trend(filter, p),
                quality(filter, p),
                mirror(filter, p, schoolRows),
                reach(filter, p));
    }

    record SchoolRow(UUID id, String name, SchoolType type, int pupils) {}

    private List<SchoolRow> schools(DashboardFilter filter, MapSqlParameterSource p) {
        return jdbc.query(
                "select s.id, s.name, s.type, s.pupil_count from school s where s.tenant_id = :region and s.closed_on is null"
                        + schoolFilter(filter) + " order by s.name",
                p,
                (rs, i) -> new SchoolRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        SchoolType.valueOf(rs.getString(3)),
                        rs.getInt(4)));
    }

    private List<Dashboard.MonthCount> trend(DashboardFilter filter, MapSqlParameterSource p) {
        Map<YearMonth, Integer> counts = new HashMap<>();
        jdbc.query(
                "select date_trunc('month', o.support_started_on)::date m, count(*) from opp o"
                        + schoolJoin(filter, "o")
                        + " where o.tenant_id = :region and o.support_started_on between :from and :to"
                        + schoolFilter(filter) + " group by 1",
                p,
                rs -> {
                    counts.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2));
                });
        List<Dashboard.MonthCount> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from());
                !m.isAfter(YearMonth.from(filter.to()));
                m = m.plusMonths(1)) {
            months.add(new Dashboard.MonthCount(m, Cell.of(counts.getOrDefault(m, 0))));
        }
        return months;
    }

    private Dashboard.Quality quality(DashboardFilter filter, MapSqlParameterSource p) {
        // Per item and over all items in one pass: the row without an item position is the overall mean.
        List<Dashboard.ItemScore> items = new ArrayList<>();
        Double[] overall = {null};
        jdbc.query(
                """
                select c.item_position, min(c.item_code), count(distinct c.opp_id), avg(c.score)
                from consensus_score c""" + schoolJoin(filter, "c") + """
                where c.tenant_id = :region and c.decided_at::date between :from and :to""" + schoolFilter(filter)
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
        // The OPPs' current versions first (materialised), then the legal parts counted per version in one
        // pass each, rather than four EXISTS probes per OPP.
        Map<String, Object> c = jdbc.queryForMap("""
                with cur as materialized (
                  select o.state, o.deadline_on, o.first_active_on, o.next_evaluation_on, v.id as version_id,
                    (v.exit_destination is not null and coalesce(trim(v.perspective_reasoning), '') <> ''
                       and coalesce(trim(v.perspective_needed), '') <> '') as perspective,
                    coalesce(trim(v.pupil_view), '') <> '' as pupil_view
                  from opp o join opp_version v on v.opp_id = o.id and v.version_no = o.current_version_no and v.tenant_id = :region""" + schoolJoin(filter, "o") + """
                  where\s""" + running(filter) + """
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
                select count(*) as total,
                  count(*) filter (where parts) as parts_ok,
                  count(*) filter (where state not in ('DRAFT', 'IN_CONSULTATION') or deadline_on < :today) as consent_due,
                  count(*) filter (where first_active_on is not null) as consent_ok,
                  count(*) filter (where pupil_view) as view_ok,
                  count(*) filter (where first_active_on is not null or deadline_on < :today) as six_due,
                  count(*) filter (where first_active_on is not null and first_active_on <= deadline_on) as six_ok,
                  count(*) filter (where first_active_on is not null and state <> 'CLOSED') as eval_due,
                  count(*) filter (where first_active_on is not null and state <> 'CLOSED'
                                   and (next_evaluation_on is null or next_evaluation_on >= :today)) as eval_ok,
                  count(*) filter (where first_active_on is not null or deadline_on < :today) as legal_due,
                  count(*) filter (where parts and pupil_view and first_active_on is not null
                                   and first_active_on <= deadline_on) as legal_ok
                from checked
                """, p);
        List<Dashboard.Compliance> checks = List.of(
                compliance("LEGAL_PARTS", c, "total", "parts_ok"),
                compliance("CONSENT", c, "consent_due", "consent_ok"),
                compliance("PUPIL_VIEW", c, "total", "view_ok"),
                compliance("SET_WITHIN_SIX_WEEKS", c, "six_due", "six_ok"),
                compliance("EVALUATED_WITHIN_YEAR", c, "eval_due", "eval_ok"),
                compliance("MEETS_LEGAL_REQUIREMENTS", c, "legal_due", "legal_ok"));
        return new Dashboard.Quality(items, overall[0], checks, 0.5);
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

    private Dashboard.Mirror mirror(DashboardFilter filter, MapSqlParameterSource p, List<SchoolRow> schoolRows) {
        BasicSupport basic =
                basicSupport.current(schoolRows.stream().map(SchoolRow::id).toList());
        List<UUID> categories = basic.categories();
        Map<UUID, Integer> schoolIndex = new HashMap<>();
        for (int i = 0; i < schoolRows.size(); i++) {
            schoolIndex.put(schoolRows.get(i).id(), i);
        }
        int[][] counts = new int[schoolRows.size()][categories.size()];
        int[] rowTotals = new int[schoolRows.size()];
        int[] colTotals = new int[categories.size()];
        int[] grand = {0};
        if (!categories.isEmpty() && !schoolRows.isEmpty()) {
            // Basic support per school: the region's standard (or the national minimum) and what its SOP covers.
            MapSqlParameterSource q = p.addValue("standard", BasicSupport.arrayLiteral(basic.standard()))
                    .addValue("useProfiles", basic.usesProfiles());
            // First the extra support given (OPP -> current version -> interventions, materialised: with the
            // region only known at run time the planner otherwise starts from the small basic-support set and
            // probes every OPP per school), then keep what is basic support at that school.
            String sql = """
                    with extra as materialized (
                      select o.school_id, o.pupil_id, i.support_category_id as category_id
                      from opp o join opp_version v on v.opp_id = o.id and v.version_no = o.current_version_no
                        and v.tenant_id = :region
                      join opp_intervention i on i.version_id = v.id and i.tenant_id = :region""" + schoolJoin(filter, "o") + """
                      where i.support_level = 'EXTRA' and\s""" + running(filter) + """
                    ), basic as (
                      select s.id as school_id, c.category_id from school s
                        cross join unnest(cast(:standard as uuid[])) as c(category_id) where s.tenant_id = :region
                      union
                      select p.school_id, unnest(p.category_ids) from school_support_profile p where :useProfiles and p.tenant_id = :region
                    )
                    select e.school_id, e.category_id, count(distinct e.pupil_id)
                    from extra e join basic b on b.school_id = e.school_id and b.category_id = e.category_id
                    group by grouping sets ((e.school_id, e.category_id), (e.school_id), (e.category_id), ())
                    """;
            jdbc.query(sql, q, rs -> {
                UUID school = rs.getObject(1, UUID.class);
                UUID category = rs.getObject(2, UUID.class);
                int n = rs.getInt(3);
                Integer r = school == null ? null : schoolIndex.get(school);
                int k = category == null ? -1 : categories.indexOf(category);
                if (school != null && category != null && r != null && k >= 0) {
                    counts[r][k] = n;
                } else if (school != null && category == null && r != null) {
                    rowTotals[r] = n;
                } else if (school == null && category != null && k >= 0) {
                    colTotals[k] = n;
                } else if (school == null && category == null) {
                    grand[0] = n;
                }
            });
        }
        SmallCells.Table table = SmallCells.protect(counts, rowTotals, colTotals, grand[0]);
        // Ranking: where basic support falls short most (by count per pupil), suppressed cells last.
        List<Integer> rowOrder = new ArrayList<>();
        for (int i = 0; i < schoolRows.size(); i++) {
            rowOrder.add(i);
        }
        rowOrder.sort(
                Comparator.comparing((Integer i) -> table.rowTotals().get(i).suppressed() ? 1 : 0)
                        .thenComparing(i -> -rate(
                                table.rowTotals().get(i), schoolRows.get(i).pupils()))
                        .thenComparing(i -> schoolRows.get(i).name()));
        List<Integer> colOrder = new ArrayList<>();
        for (int k = 0; k < categories.size(); k++) {
            colOrder.add(k);
        }
        colOrder.sort(
                Comparator.comparing((Integer k) -> table.columnTotals().get(k).suppressed() ? 1 : 0)
                        .thenComparing(k -> -table.columnTotals().get(k).value()));
        List<Dashboard.MirrorSchool> mirrorSchools = rowOrder.stream()
                .map(i -> new Dashboard.MirrorSchool(
                        schoolRows.get(i).id(),
                        schoolRows.get(i).name(),
                        schoolRows.get(i).type(),
                        schoolRows.get(i).pupils(),
                        table.rowTotals().get(i),
                        basic.gapsOf(schoolRows.get(i).id())))
                .toList();
        List<Dashboard.MirrorCategory> mirrorCategories = colOrder.stream()
                .map(k -> new Dashboard.MirrorCategory(
                        categories.get(k),
                        basic.nameOf(categories.get(k)),
                        basic.standard().contains(categories.get(k)),
                        table.columnTotals().get(k)))
                .toList();
        List<List<Cell>> cells = rowOrder.stream()
                .map(i ->
                        colOrder.stream().map(k -> table.cells().get(i).get(k)).toList())
                .toList();
        List<List<Boolean>> applies = rowOrder.stream()
                .map(i -> colOrder.stream()
                        .map(k -> basic.isBasicAt(schoolRows.get(i).id(), categories.get(k)))
                        .toList())
                .toList();
        return new Dashboard.Mirror(mirrorSchools, mirrorCategories, cells, applies, table.total(), basic.source());
    }

    private Dashboard.Reach reach(DashboardFilter filter, MapSqlParameterSource p) {
        String mapped =
                " from stakeholder st left join school s on s.id = st.school_id where st.tenant_id = :region and st.created_at::date <= :to"
                        + schoolFilter(filter);
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
                where c.tenant_id = :region and c.held_on between :from and :to""" + schoolFilter(filter) + " group by 1", p, rs -> {
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

    private static double rate(Cell cell, int pupils) {
        return cell.suppressed() || pupils == 0 ? 0 : (double) cell.value() / pupils;
    }

    private static MapSqlParameterSource params(DashboardFilter filter) {
        // The region as a bound value next to row-level security: RLS stays the guard, and the planner
        // gets the region's row counts (with only the policy it guesses a tenth of them; finding 7/RLS ratio
        // in docs/performance.md).
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("region", TenantContext.require())
                .addValue("from", Date.valueOf(filter.from()))
                .addValue("to", Date.valueOf(filter.to()));
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
    private static String schoolJoin(DashboardFilter filter, String alias) {
        return (filter.narrowsSchools() ? " join school s on s.id = " + alias + ".school_id" : "") + "\n";
    }

    private static String schoolFilter(DashboardFilter filter) {
        return (filter.schoolId() == null ? "" : " and s.id = :school")
                + (filter.type() == null ? "" : " and s.type = :type")
                + (filter.sector() == null ? "" : " and s.type in (:sectorTypes)");
    }

    /** OPPs running at some time in the period. */
    private static String running(DashboardFilter filter) {
        return "o.tenant_id = :region and o.support_started_on <= :to and (o.closed_on is null or o.closed_on >= :from)"
                + schoolFilter(filter);
    }
}
