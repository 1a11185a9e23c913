package nl.uitzicht.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.DashboardFigures;
import nl.uitzicht.school.SchoolType;
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
@DashboardFigures
class DashboardQueries {

    static final String CACHE = "region-dashboard";

    private final NamedParameterJdbcTemplate jdbc;
    private final QualityFigures quality;
    private final MirrorFigures mirror;
    private final ReachFigures reach;

    DashboardQueries(NamedParameterJdbcTemplate jdbc, BasicSupportSource basicSupport) {
        this.jdbc = jdbc;
        this.quality = new QualityFigures(jdbc);
        this.mirror = new MirrorFigures(jdbc, basicSupport);
        this.reach = new ReachFigures(jdbc);
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
        MapSqlParameterSource p = DashboardSql.params(filter).addValue("today", Date.valueOf(today));
        List<SchoolRow> schoolRows = schools(filter, p);
        Map<UUID, Integer> oppsBySchool = new HashMap<>();
        jdbc.query(
                "select o.school_id, count(*) n from opp o" + DashboardSql.schoolJoin(filter, "o") + " where "
                        + DashboardSql.running(filter) + " group by o.school_id",
                p,
                rs -> {
                    oppsBySchool.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        RetiredFigures.addOppsBySchool(jdbc, filter, p, oppsBySchool);
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
                quality.load(filter, p),
                mirror.load(filter, p, schoolRows),
                reach.load(filter, p));
    }

    record SchoolRow(UUID id, String name, SchoolType type, int pupils) {}

    private List<SchoolRow> schools(DashboardFilter filter, MapSqlParameterSource p) {
        return jdbc.query(
                "select s.id, s.name, s.type, s.pupil_count from school s where s.tenant_id = :region and s.closed_on is null"
                        + DashboardSql.schoolFilter(filter) + " order by s.name",
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
                        + DashboardSql.schoolJoin(filter, "o")
                        + " where o.tenant_id = :region and o.state <> 'DISCARDED'"
                        + " and o.support_started_on between :from and :to"
                        + DashboardSql.schoolFilter(filter) + " group by 1",
                p,
                rs -> {
                    counts.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2));
                });
        RetiredFigures.addStarts(jdbc, filter, p, counts);
        List<Dashboard.MonthCount> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from());
                !m.isAfter(YearMonth.from(filter.to()));
                m = m.plusMonths(1)) {
            months.add(new Dashboard.MonthCount(m, Cell.of(counts.getOrDefault(m, 0))));
        }
        return months;
    }
}
