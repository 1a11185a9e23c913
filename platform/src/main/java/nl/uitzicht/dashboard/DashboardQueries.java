package nl.uitzicht.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's aggregates, computed by PostgreSQL (GROUP BY; no entities loaded) under the region's
 * row-level security, and cached per region + filter + data stamp.
 */
@Component
@Transactional(readOnly = true)
class DashboardQueries {

    static final String CACHE = "region-dashboard";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the cache key includes so that any change to OPPs, consensus or schools makes a new entry. */
    String stamp() {
        return jdbc.queryForObject("""
                select concat_ws('/', (select count(*) || ':' || coalesce(max(updated_at)::text, '') from opp),
                                      (select count(*) || ':' || coalesce(max(decided_at)::text, '') from consensus_score),
                                      (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(sum(pupil_count), 0) from school))
                """, Map.of(), String.class);
    }

    @Cacheable(cacheNames = CACHE, keyGenerator = "tenantKeys")
    public Dashboard dashboard(DashboardFilter filter, Collection<UUID> basicCategories, Map<UUID, String> categoryNames,
                               String standardSource, LocalDate today, String stamp) {
        MapSqlParameterSource p = params(filter).addValue("today", Date.valueOf(today));
        List<SchoolRow> schoolRows = schools(filter, p);
        Map<UUID, Integer> oppsBySchool = new HashMap<>();
        jdbc.query("select o.school_id, count(*) n from opp o join school s on s.id = o.school_id where "
                + running(filter) + " group by o.school_id", p,
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
            List<Integer> counts = e.getValue().stream().map(s -> oppsBySchool.getOrDefault(s.id(), 0)).toList();
            int typeTotal = counts.stream().mapToInt(Integer::intValue).sum();
            List<Cell> cells = SmallCells.protectLine(counts, typeTotal);
            for (int i = 0; i < e.getValue().size(); i++) {
                SchoolRow s = e.getValue().get(i);
                schools.add(new Dashboard.SchoolRate(s.id(), s.name(), s.type(), s.pupils(), cells.get(i)));
            }
            typeTotals.add(typeTotal);
            types.add(new Dashboard.TypeRate(e.getKey(), e.getValue().size(),
                    e.getValue().stream().mapToInt(SchoolRow::pupils).sum(), cells.getLast()));
        }
        int total = typeTotals.stream().mapToInt(Integer::intValue).sum();
        List<Cell> protectedTypes = SmallCells.protectLine(typeTotals, total);
        for (int i = 0; i < types.size(); i++) {
            Dashboard.TypeRate t = types.get(i);
            if (protectedTypes.get(i).suppressed() && !t.opps().suppressed()) {
                types.set(i, new Dashboard.TypeRate(t.type(), t.schools(), t.pupils(), t.opps().suppress()));
            }
        }
        schools.sort(Comparator.comparing(Dashboard.SchoolRate::name));
        return new Dashboard(filter, schools, types, protectedTypes.getLast(),
                schoolRows.stream().mapToInt(SchoolRow::pupils).sum(), trend(filter, p), quality(filter, p),
                mirror(filter, p, schoolRows, basicCategories, categoryNames, standardSource));
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void evictAll() {
        // annotation does the work
    }

    record SchoolRow(UUID id, String name, SchoolType type, int pupils) {
    }

    private List<SchoolRow> schools(DashboardFilter filter, MapSqlParameterSource p) {
        return jdbc.query("select s.id, s.name, s.type, s.pupil_count from school s where s.closed_on is null"
                + schoolFilter(filter) + " order by s.name", p,
                (rs, i) -> new SchoolRow(rs.getObject(1, UUID.class), rs.getString(2), SchoolType.valueOf(rs.getString(3)),
                        rs.getInt(4)));
    }

    private List<Dashboard.MonthCount> trend(DashboardFilter filter, MapSqlParameterSource p) {
        Map<YearMonth, Integer> counts = new HashMap<>();
        jdbc.query("select date_trunc('month', o.support_started_on)::date m, count(*) from opp o join school s on s.id = o.school_id"
                + " where o.support_started_on between :from and :to" + schoolFilter(filter) + " group by 1", p,
                rs -> {
                    counts.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2));
                });
        List<Dashboard.MonthCount> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            months.add(new Dashboard.MonthCount(m, Cell.of(counts.getOrDefault(m, 0))));
        }
        return months;
    }

    private Dashboard.Quality quality(DashboardFilter filter, MapSqlParameterSource p) {
        List<Dashboard.ItemScore> items = jdbc.query("""
                select c.item_position, min(c.item_code), count(distinct c.opp_id), avg(c.score)
                from consensus_score c join school s on s.id = c.school_id
                where c.decided_at::date between :from and :to""" + schoolFilter(filter)
                + " group by c.item_position order by c.item_position", p,
                (rs, i) -> {
                    Cell opps = Cell.of(rs.getInt(3));
                    return new Dashboard.ItemScore(rs.getInt(1), rs.getString(2), opps,
                            opps.suppressed() ? null : Math.round(rs.getDouble(4) * 100) / 100.0);
                });
        Double overall = jdbc.query("""
                select count(distinct c.opp_id), avg(c.score) from consensus_score c join school s on s.id = c.school_id
                where c.decided_at::date between :from and :to""" + schoolFilter(filter), p,
                rs -> {
                    rs.next();
                    return Cell.of(rs.getInt(1)).suppressed() || rs.getInt(1) == 0 ? null
                            : Math.round(rs.getDouble(2) * 100) / 100.0;
                });
        Map<String, Object> c = jdbc.queryForMap("""
                with cur as (
                  select o.state, o.deadline_on, o.first_active_on, o.next_evaluation_on,
                    (v.exit_destination is not null and coalesce(trim(v.perspective_reasoning), '') <> ''
                       and coalesce(trim(v.perspective_needed), '') <> ''
                       and exists (select 1 from opp_factor f where f.version_id = v.id and f.kind = 'HINDERING')
                       and exists (select 1 from opp_factor f where f.version_id = v.id and f.kind = 'HELPING')
                       and exists (select 1 from opp_goal g where g.version_id = v.id)
                       and exists (select 1 from opp_intervention i where i.version_id = v.id)) as parts,
                    coalesce(trim(v.pupil_view), '') <> '' as pupil_view
                  from opp o join opp_version v on v.opp_id = o.id and v.version_no = o.current_version_no
                  join school s on s.id = o.school_id
                  where\s""" + running(filter) + """
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
                from cur
                """, p);
        List<Dashboard.Compliance> checks = List.of(
                compliance("LEGAL_PARTS", c, "total", "parts_ok"),
                compliance("CONSENT", c, "consent_due", "consent_ok"),
                compliance("PUPIL_VIEW", c, "total", "view_ok"),
                compliance("SET_WITHIN_SIX_WEEKS", c, "six_due", "six_ok"),
                compliance("EVALUATED_WITHIN_YEAR", c, "eval_due", "eval_ok"),
                compliance("MEETS_LEGAL_REQUIREMENTS", c, "legal_due", "legal_ok"));
        return new Dashboard.Quality(items, overall, checks, 0.5);
    }

    private static Dashboard.Compliance compliance(String check, Map<String, Object> row, String dueKey, String okKey) {
        int due = ((Number) row.get(dueKey)).intValue();
        int ok = ((Number) row.get(okKey)).intValue();
        List<Cell> split = SmallCells.protectLine(List.of(ok, due - ok), due);
        Cell dueCell = split.getLast();
        boolean hidden = dueCell.suppressed() || due == 0;
        return new Dashboard.Compliance(check, dueCell, split.getFirst(),
                hidden ? null : Math.round(ok * 1000.0 / due) / 10.0);
    }

    private Dashboard.Mirror mirror(DashboardFilter filter, MapSqlParameterSource p, List<SchoolRow> schoolRows,
                                    Collection<UUID> basic, Map<UUID, String> names, String source) {
        List<UUID> categories = new ArrayList<>(basic);
        Map<UUID, Integer> schoolIndex = new HashMap<>();
        for (int i = 0; i < schoolRows.size(); i++) {
            schoolIndex.put(schoolRows.get(i).id(), i);
        }
        int[][] counts = new int[schoolRows.size()][categories.size()];
        int[] rowTotals = new int[schoolRows.size()];
        int[] colTotals = new int[categories.size()];
        int[] grand = {0};
        if (!categories.isEmpty() && !schoolRows.isEmpty()) {
            MapSqlParameterSource q = p.addValue("categories", categories);
            String from = """
                    from opp o join opp_version v on v.opp_id = o.id and v.version_no = o.current_version_no
                    join opp_intervention i on i.version_id = v.id
                    join school s on s.id = o.school_id
                    where i.support_level = 'EXTRA' and i.support_category_id in (:categories) and\s""" + running(filter);
            jdbc.query("select o.school_id, i.support_category_id, count(distinct o.pupil_id) " + from
                    + " group by grouping sets ((o.school_id, i.support_category_id), (o.school_id), (i.support_category_id), ())",
                    q, rs -> {
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
        rowOrder.sort(Comparator.comparing((Integer i) -> table.rowTotals().get(i).suppressed() ? 1 : 0)
                .thenComparing(i -> -rate(table.rowTotals().get(i), schoolRows.get(i).pupils()))
                .thenComparing(i -> schoolRows.get(i).name()));
        List<Integer> colOrder = new ArrayList<>();
        for (int k = 0; k < categories.size(); k++) {
            colOrder.add(k);
        }
        colOrder.sort(Comparator.comparing((Integer k) -> table.columnTotals().get(k).suppressed() ? 1 : 0)
                .thenComparing(k -> -table.columnTotals().get(k).value()));
        List<Dashboard.MirrorSchool> mirrorSchools = rowOrder.stream().map(i -> new Dashboard.MirrorSchool(
                schoolRows.get(i).id(), schoolRows.get(i).name(), schoolRows.get(i).type(), schoolRows.get(i).pupils(),
                table.rowTotals().get(i))).toList();
        List<Dashboard.MirrorCategory> mirrorCategories = colOrder.stream().map(k -> new Dashboard.MirrorCategory(
                categories.get(k), names.getOrDefault(categories.get(k), "?"), table.columnTotals().get(k))).toList();
        List<List<Cell>> cells = rowOrder.stream()
                .map(i -> colOrder.stream().map(k -> table.cells().get(i).get(k)).toList()).toList();
        return new Dashboard.Mirror(mirrorSchools, mirrorCategories, cells, table.total(), source);
    }

    private static double rate(Cell cell, int pupils) {
        return cell.suppressed() || pupils == 0 ? 0 : (double) cell.value() / pupils;
    }

    private static MapSqlParameterSource params(DashboardFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("from", Date.valueOf(filter.from())).addValue("to", Date.valueOf(filter.to()));
        if (filter.schoolId() != null) {
            p.addValue("school", filter.schoolId());
        }
        if (filter.type() != null) {
            p.addValue("type", filter.type().name());
        }
        return p;
    }

    private static String schoolFilter(DashboardFilter filter) {
        return (filter.schoolId() == null ? "" : " and s.id = :school") + (filter.type() == null ? "" : " and s.type = :type");
    }

    /** OPPs running at some time in the period. */
    private static String running(DashboardFilter filter) {
        return "o.support_started_on <= :to and (o.closed_on is null or o.closed_on >= :from)" + schoolFilter(filter);
    }

}
