package nl.uitzicht.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.uitzicht.school.SchoolType;

/**
 * A filtered dashboard's own lines (schools within their type, types within the total, the mirror's rows and
 * columns) protected again with {@link SmallCells} after {@link Differencing} suppressed cells, so a cell
 * suppressed there cannot be worked out from the totals that remain.
 */
final class Reprotection {

    private Reprotection() {}

    /** The filtered dashboard's own lines protected again after the suppressions above. */
    static Dashboard reprotect(Dashboard d) {
        Map<SchoolType, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < d.schools().size(); i++) {
            byType.computeIfAbsent(d.schools().get(i).type(), t -> new ArrayList<>())
                    .add(i);
        }
        Cell[] schools = d.schools().stream().map(Dashboard.SchoolRate::opps).toArray(Cell[]::new);
        Cell[] types = d.types().stream().map(Dashboard.TypeRate::opps).toArray(Cell[]::new);
        Cell[] total = {d.totalOpps()};
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < types.length; t++) {
                List<Integer> members = byType.getOrDefault(d.types().get(t).type(), List.of());
                Cell[] line = members.stream().map(i -> schools[i]).toArray(Cell[]::new);
                Cell[] typeTotal = {types[t]};
                changed |= SmallCells.protectLine(line, typeTotal);
                for (int j = 0; j < members.size(); j++) {
                    schools[members.get(j)] = line[j];
                }
                types[t] = typeTotal[0];
            }
            changed |= SmallCells.protectLine(types, total);
        }
        List<Dashboard.SchoolRate> schoolRates = new ArrayList<>();
        for (int i = 0; i < schools.length; i++) {
            Dashboard.SchoolRate s = d.schools().get(i);
            schoolRates.add(new Dashboard.SchoolRate(s.schoolId(), s.name(), s.type(), s.pupils(), schools[i]));
        }
        List<Dashboard.TypeRate> typeRates = new ArrayList<>();
        for (int t = 0; t < types.length; t++) {
            Dashboard.TypeRate r = d.types().get(t);
            typeRates.add(new Dashboard.TypeRate(r.type(), r.schools(), r.pupils(), types[t]));
        }
        return new Dashboard(
                d.filter(),
                schoolRates,
                typeRates,
                total[0],
                d.totalPupils(),
                d.trend(),
                d.quality(),
                reprotect(d.mirror()),
                d.reach());
    }

    private static Dashboard.Mirror reprotect(Dashboard.Mirror m) {
        Cell[][] cells = m.cells().stream().map(row -> row.toArray(Cell[]::new)).toArray(Cell[][]::new);
        Cell[] rows = m.schools().stream().map(Dashboard.MirrorSchool::total).toArray(Cell[]::new);
        Cell[] columns =
                m.categories().stream().map(Dashboard.MirrorCategory::total).toArray(Cell[]::new);
        SmallCells.Table t = SmallCells.protect(cells, rows, columns, m.total());
        List<Dashboard.MirrorSchool> schools = new ArrayList<>();
        for (int r = 0; r < m.schools().size(); r++) {
            Dashboard.MirrorSchool s = m.schools().get(r);
            schools.add(new Dashboard.MirrorSchool(
                    s.schoolId(), s.name(), s.type(), s.pupils(), t.rowTotals().get(r), s.sopGaps()));
        }
        List<Dashboard.MirrorCategory> categories = new ArrayList<>();
        for (int k = 0; k < m.categories().size(); k++) {
            Dashboard.MirrorCategory c = m.categories().get(k);
            categories.add(new Dashboard.MirrorCategory(
                    c.categoryId(), c.name(), c.inStandard(), t.columnTotals().get(k)));
        }
        return new Dashboard.Mirror(schools, categories, t.cells(), m.applies(), t.total(), m.standardSource());
    }
}
