package nl.uitzicht.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.dashboard.DashboardQueries.SchoolRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The mirror of basic support: per school and support category, the pupils given extra support in what is
 * basic support at that school, ranked by where basic support falls short most.
 */
final class MirrorFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final BasicSupportSource basicSupport;

    MirrorFigures(NamedParameterJdbcTemplate jdbc, BasicSupportSource basicSupport) {
        this.jdbc = jdbc;
        this.basicSupport = basicSupport;
    }

    Dashboard.Mirror load(DashboardFilter filter, MapSqlParameterSource p, List<SchoolRow> schoolRows) {
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
                      join opp_intervention i on i.version_id = v.id and i.tenant_id = :region""" + DashboardSql.schoolJoin(filter, "o") + """
                      where i.support_level = 'EXTRA' and\s""" + DashboardSql.running(filter) + """
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

    private static double rate(Cell cell, int pupils) {
        return cell.suppressed() || pupils == 0 ? 0 : (double) cell.value() / pupils;
    }
}
