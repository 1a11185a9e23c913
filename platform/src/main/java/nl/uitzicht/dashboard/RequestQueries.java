package nl.uitzicht.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request dashboard's aggregates, computed by PostgreSQL (GROUP BY, no entities) under the region's row-level
 * security from the requests, their decisions and the arrangement budgets, and cached per region, school year, day
 * and the region's data version (ADR 0052, 0095).
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Allow.REQUEST_FIGURES)
class RequestQueries {

    static final String CACHE = "request-dashboard";

    /** The request types in the order the dashboard shows them (the values of {@code support_request.type}). */
    static final List<String> TYPES =
            List.of("INDIVIDUAL_ARRANGEMENT", "GROUP_ARRANGEMENT", "TLV_SBO", "TLV_SO_VSO", "TLV_EXTENSION");

    /** How many school years the TLV trend shows, the dashboard's year last. */
    static final int TREND_YEARS = 5;

    /** The school year a date falls in (1 August - 31 July), as the year it starts in. */
    private static final String YEAR_OF = "extract(year from (%s - interval '7 months'))::int";

    private final NamedParameterJdbcTemplate jdbc;
    private final BasicSupportSource basicSupport;

    RequestQueries(NamedParameterJdbcTemplate jdbc, BasicSupportSource basicSupport) {
        this.jdbc = jdbc;
        this.basicSupport = basicSupport;
    }

    /** The region's data version (ADR 0052): the same counter as the region dashboard's, one indexed row. */
    long dataVersion() {
        Long version =
                jdbc.queryForObject("select coalesce(max(version), 0) from region_data_version", Map.of(), Long.class);
        return version == null ? 0 : version;
    }

    @Cacheable(cacheNames = CACHE, keyGenerator = "tenantKeys")
    public RequestFigures figures(SchoolYear year, LocalDate today, long dataVersion) {
        jdbc.queryForObject("select set_config('plan_cache_mode', 'force_custom_plan', true)", Map.of(), String.class);
        LocalDate trendFrom = new SchoolYear(year.startYear() - (TREND_YEARS - 1)).firstDay();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("region", TenantContext.require())
                .addValue("from", Date.valueOf(year.firstDay()))
                .addValue("to", Date.valueOf(year.lastDay()))
                .addValue("trendFrom", Date.valueOf(trendFrom))
                .addValue("year", year.startYear())
                .addValue("today", Date.valueOf(today));
        List<SchoolRow> schools = jdbc.query(
                "select s.id, s.name, s.type, s.pupil_count from school s where s.tenant_id = :region"
                        + " and (s.closed_on is null or s.closed_on >= :trendFrom) order by s.name, s.id",
                p,
                (rs, i) -> new SchoolRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        SchoolType.valueOf(rs.getString(3)),
                        rs.getInt(4)));
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            index.put(schools.get(i).id(), i);
        }
        RequestCube.Protected cube = cube(p, schools, index);
        List<RequestFigures.SchoolRequests> perSchool = new ArrayList<>();
        for (int s = 0; s < schools.size(); s++) {
            SchoolRow row = schools.get(s);
            perSchool.add(new RequestFigures.SchoolRequests(
                    row.id(),
                    row.name(),
                    row.type(),
                    row.pupils(),
                    cube.schoolByType().cells().get(s),
                    cube.schoolByOutcome().cells().get(s),
                    cube.schoolByType().rowTotals().get(s)));
        }
        List<RequestFigures.TypeOutcomes> byType = new ArrayList<>();
        for (int t = 0; t < TYPES.size(); t++) {
            byType.add(new RequestFigures.TypeOutcomes(
                    TYPES.get(t),
                    cube.typeByOutcome().cells().get(t),
                    cube.typeByOutcome().rowTotals().get(t)));
        }
        return new RequestFigures(
                year,
                TYPES,
                RequestFigures.OUTCOMES,
                perSchool,
                byType,
                cube.schoolByType().columnTotals(),
                cube.schoolByOutcome().columnTotals(),
                cube.schoolByType().total(),
                overdue(p),
                trend(p, year, schools, index),
                leadTimes(p),
                spending(p, schools, index),
                asks(p, schools, index, cube.schoolByType().rowTotals()));
    }

    record SchoolRow(UUID id, String name, SchoolType type, int pupils) {}

    /** Requests submitted in the year by school, type and outcome so far. */
    private RequestCube.Protected cube(MapSqlParameterSource p, List<SchoolRow> schools, Map<UUID, Integer> index) {
        int[][][] counts = new int[schools.size()][TYPES.size()][RequestFigures.OUTCOMES.size()];
        jdbc.query("""
                select r.school_id, r.type,
                       case when r.status = 'WITHDRAWN' then 'WITHDRAWN' else coalesce(d.outcome, 'OPEN') end,
                       count(*)
                from support_request r
                left join support_request_decision d on d.request_id = r.id and d.tenant_id = :region
                where r.tenant_id = :region and r.submitted_on between :from and :to
                group by 1, 2, 3""", p, rs -> {
            Integer s = index.get(rs.getObject(1, UUID.class));
            int t = TYPES.indexOf(rs.getString(2));
            int o = RequestFigures.OUTCOMES.indexOf(rs.getString(3));
            if (s != null && t >= 0 && o >= 0) {
                counts[s][t][o] += rs.getInt(4);
            }
        });
        return RequestCube.protect(counts, TYPES.size(), RequestFigures.OUTCOMES.size());
    }

    /** Requests not decided whose term has passed, today. */
    private Cell overdue(MapSqlParameterSource p) {
        Integer n = jdbc.queryForObject(
                "select count(*) from support_request r where r.tenant_id = :region"
                        + " and r.status in ('SUBMITTED', 'IN_HANDLING') and r.due_on < :today",
                p,
                Integer.class);
        return Cell.of(n == null ? 0 : n);
    }

    /**
     * TLVs granted per school per school year (distinct pupils, by the day of the decision). Only the year totals
     * are published next to the schools' counts, so each year is protected as its own line: a year's cells are
     * suppressed the same way whichever dashboard year shows them.
     */
    private RequestFigures.TlvTrend trend(
            MapSqlParameterSource p, SchoolYear year, List<SchoolRow> schools, Map<UUID, Integer> index) {
        List<SchoolYear> years = new ArrayList<>();
        for (int i = TREND_YEARS - 1; i >= 0; i--) {
            years.add(new SchoolYear(year.startYear() - i));
        }
        int[][] counts = new int[schools.size()][TREND_YEARS];
        int[] yearTotals = new int[TREND_YEARS];
        jdbc.query(
                "select r.school_id, " + YEAR_OF.formatted("d.decided_on") + " as y, count(distinct r.pupil_id)" + """
                         from support_request_decision d
                        join support_request r on r.id = d.request_id and r.tenant_id = :region
                        where d.tenant_id = :region and d.outcome in ('GRANTED', 'PARTLY')
                          and r.type in ('TLV_SBO', 'TLV_SO_VSO', 'TLV_EXTENSION')
                          and d.decided_on between :trendFrom and :to
                        group by grouping sets ((r.school_id, y), (y))""",
                p,
                rs -> {
                    int k = rs.getInt(2) - years.getFirst().startYear();
                    if (k < 0 || k >= TREND_YEARS) {
                        return;
                    }
                    UUID school = rs.getObject(1, UUID.class);
                    if (school == null) {
                        yearTotals[k] = rs.getInt(3);
                    } else if (index.containsKey(school)) {
                        counts[index.get(school)][k] = rs.getInt(3);
                    }
                });
        // No school's total over the years is published: its line is not protected (its total counts as hidden).
        Cell[][] cells = new Cell[schools.size()][TREND_YEARS];
        Cell[] schoolTotals = new Cell[schools.size()];
        for (int s = 0; s < schools.size(); s++) {
            for (int k = 0; k < TREND_YEARS; k++) {
                cells[s][k] = Cell.of(counts[s][k]);
            }
            schoolTotals[s] = new Cell(0, true);
        }
        Cell[] totals = new Cell[TREND_YEARS];
        for (int k = 0; k < TREND_YEARS; k++) {
            totals[k] = Cell.of(yearTotals[k]);
        }
        SmallCells.Table table = SmallCells.protect(cells, schoolTotals, totals, new Cell(0, true));
        List<RequestFigures.TlvSchool> perSchool = new ArrayList<>();
        for (int s = 0; s < schools.size(); s++) {
            SchoolRow row = schools.get(s);
            perSchool.add(new RequestFigures.TlvSchool(
                    row.id(), row.name(), row.pupils(), table.cells().get(s)));
        }
        return new RequestFigures.TlvTrend(
                years,
                perSchool,
                table.columnTotals(),
                schools.stream().mapToInt(SchoolRow::pupils).sum());
    }

    /** Requests decided in the year per type: days from submission to decision, and decided within the term. */
    private List<RequestFigures.LeadTime> leadTimes(MapSqlParameterSource p) {
        Map<String, LeadTimeLines.Raw> byType = new HashMap<>();
        LeadTimeLines.Raw[] total = {new LeadTimeLines.Raw(null, 0, 0, null)};
        jdbc.query("""
                select r.type, count(*), count(*) filter (where d.decided_on <= r.due_on),
                       percentile_cont(0.5) within group (order by d.decided_on - r.submitted_on)
                from support_request_decision d
                join support_request r on r.id = d.request_id and r.tenant_id = :region
                where d.tenant_id = :region and d.decided_on between :from and :to and r.submitted_on is not null
                group by grouping sets ((r.type), ())""", p, rs -> {
            String type = rs.getString(1);
            double median = rs.getDouble(4);
            // no decision: no median (asked right after reading it: wasNull is about the last column read)
            Double medianDays = rs.wasNull() ? null : Math.round(median * 10) / 10.0;
            LeadTimeLines.Raw raw = new LeadTimeLines.Raw(type, rs.getInt(2), rs.getInt(3), medianDays);
            if (type == null) {
                total[0] = raw;
            } else {
                byType.put(type, raw);
            }
        });
        return LeadTimeLines.protect(
                TYPES.stream()
                        .map(t -> byType.getOrDefault(t, new LeadTimeLines.Raw(t, 0, 0, null)))
                        .toList(),
                total[0]);
    }

    /** Arrangements granted that start in the year, per school, against the region's budget for the year. */
    private RequestFigures.Spending spending(
            MapSqlParameterSource p, List<SchoolRow> schools, Map<UUID, Integer> index) {
        int n = schools.size();
        int[] arrangements = new int[n];
        BigDecimal[] amounts = new BigDecimal[n];
        BigDecimal[] hours = new BigDecimal[n];
        BigDecimal[] budgetAmounts = new BigDecimal[n];
        BigDecimal[] budgetHours = new BigDecimal[n];
        jdbc.query("""
                select s.id, g.arrangements, g.amount, g.hours, b.amount, b.hours
                from school s
                left join (
                  select r.school_id, count(*) arrangements, coalesce(sum(d.budget_amount), 0) amount,
                         coalesce(sum(d.hours), 0) hours
                  from support_request_decision d
                  join support_request r on r.id = d.request_id and r.tenant_id = :region
                  where d.tenant_id = :region and d.outcome in ('GRANTED', 'PARTLY')
                    and r.type in ('INDIVIDUAL_ARRANGEMENT', 'GROUP_ARRANGEMENT')
                    and d.starts_on between :from and :to
                  group by r.school_id) g on g.school_id = s.id
                left join arrangement_budget b on b.school_id = s.id and b.school_year = :year and b.tenant_id = :region
                where s.tenant_id = :region and (g.school_id is not null or b.school_id is not null)""", p, rs -> {
            Integer s = index.get(rs.getObject(1, UUID.class));
            if (s == null) {
                return;
            }
            arrangements[s] = rs.getInt(2);
            amounts[s] = rs.getBigDecimal(3);
            hours[s] = rs.getBigDecimal(4);
            budgetAmounts[s] = rs.getBigDecimal(5);
            budgetHours[s] = rs.getBigDecimal(6);
        });
        List<Integer> counts = new ArrayList<>();
        for (int c : arrangements) {
            counts.add(c);
        }
        int all = counts.stream().mapToInt(Integer::intValue).sum();
        List<Cell> cells = SmallCells.protectLine(counts, all);
        List<RequestFigures.SchoolSpending> lines = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (arrangements[s] == 0 && budgetAmounts[s] == null && budgetHours[s] == null) {
                continue;
            }
            Cell c = cells.get(s);
            lines.add(new RequestFigures.SchoolSpending(
                    schools.get(s).id(),
                    schools.get(s).name(),
                    c,
                    c.suppressed() ? null : orZero(amounts[s]),
                    c.suppressed() ? null : orZero(hours[s]),
                    budgetAmounts[s],
                    budgetHours[s]));
        }
        Cell total = cells.getLast();
        RequestFigures.SchoolSpending sum = new RequestFigures.SchoolSpending(
                null,
                "",
                total,
                total.suppressed() ? null : sum(amounts),
                total.suppressed() ? null : sum(hours),
                sum(budgetAmounts),
                sum(budgetHours));
        return new RequestFigures.Spending(lines, sum);
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal sum(BigDecimal[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                sum = sum.add(v);
            }
        }
        return sum;
    }

    /**
     * Requests submitted in the year whose OPP version asks for extra support in a category that is basic support at
     * the requesting school (the region's standard or the school's SOP, else the national minimum: the mirror's
     * rule, {@link BasicSupportSource}).
     */
    private RequestFigures.BasicSupportAsks asks(
            MapSqlParameterSource p, List<SchoolRow> schools, Map<UUID, Integer> index, List<Cell> requestsPerSchool) {
        BasicSupport basic =
                basicSupport.current(schools.stream().map(SchoolRow::id).toList());
        Map<UUID, Set<UUID>> requestsBySchool = new HashMap<>();
        Map<UUID, Set<UUID>> requestsByCategory = new HashMap<>();
        Set<UUID> all = new HashSet<>();
        jdbc.query("""
                select distinct r.id, r.school_id, i.support_category_id
                from support_request r
                join opp_version v on v.opp_id = r.opp_id and v.version_no = r.opp_version_no and v.tenant_id = :region
                join opp_intervention i on i.version_id = v.id and i.tenant_id = :region
                where r.tenant_id = :region and r.submitted_on between :from and :to
                  and i.support_level = 'EXTRA' and i.support_category_id is not null""", p, rs -> {
            UUID request = rs.getObject(1, UUID.class);
            UUID school = rs.getObject(2, UUID.class);
            UUID category = rs.getObject(3, UUID.class);
            if (index.containsKey(school) && basic.isBasicAt(school, category)) {
                requestsBySchool.computeIfAbsent(school, k -> new HashSet<>()).add(request);
                requestsByCategory
                        .computeIfAbsent(category, k -> new HashSet<>())
                        .add(request);
                all.add(request);
            }
        });
        List<Integer> schoolCounts = schools.stream()
                .map(s -> requestsBySchool.getOrDefault(s.id(), Set.of()).size())
                .toList();
        List<UUID> categories = basic.categories();
        List<Integer> categoryCounts = categories.stream()
                .map(c -> requestsByCategory.getOrDefault(c, Set.of()).size())
                .toList();
        List<Cell> schoolCells = SmallCells.protectLine(schoolCounts, all.size());
        List<Cell> categoryCells = SmallCells.protectLine(categoryCounts, all.size());
        Cell total =
                schoolCells.getLast().suppressed() || categoryCells.getLast().suppressed()
                        ? schoolCells.getLast().suppress()
                        : schoolCells.getLast();
        List<RequestFigures.AskingSchool> asking = new ArrayList<>();
        for (int s = 0; s < schools.size(); s++) {
            SchoolRow row = schools.get(s);
            asking.add(new RequestFigures.AskingSchool(
                    row.id(), row.name(), row.pupils(), requestsPerSchool.get(s), schoolCells.get(s)));
        }
        // Where basic support falls short most first: by such requests per pupil, suppressed ones last.
        asking.sort(Comparator.comparing((RequestFigures.AskingSchool a) ->
                        a.basicSupportRequests().suppressed() ? 1 : 0)
                .thenComparing(a -> -(a.per100() == null ? 0 : a.per100()))
                .thenComparing(RequestFigures.AskingSchool::name));
        List<RequestFigures.AskedCategory> asked = new ArrayList<>();
        for (int k = 0; k < categories.size(); k++) {
            asked.add(new RequestFigures.AskedCategory(
                    categories.get(k), basic.nameOf(categories.get(k)), categoryCells.get(k)));
        }
        // Suppressed counts last and in name order: their order among themselves would tell their size.
        asked.sort(Comparator.comparing(
                        (RequestFigures.AskedCategory c) -> c.requests().suppressed() ? 1 : 0)
                .thenComparing(
                        c -> c.requests().suppressed() ? 0 : -c.requests().value())
                .thenComparing(RequestFigures.AskedCategory::name));
        return new RequestFigures.BasicSupportAsks(asking, asked, total, basic.source());
    }
}
