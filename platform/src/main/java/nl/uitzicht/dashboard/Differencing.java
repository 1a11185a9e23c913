package nl.uitzicht.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a filtered dashboard (one school, school type or sector) from being subtracted from a wider
 * one (the whole region, the school's type, its sector) into a group under 5 (ADR 0051):
 * <ul>
 *   <li>a count of the same group (a school, a type, a school's row in the mirror, one mirror cell) that
 *       is suppressed in the wider dashboard is suppressed in the filtered one too;</li>
 *   <li>a count over the filtered schools (the total, a month of the trend, a checklist item, a check,
 *       a mirror column or the mirror's total) is suppressed when the wider count minus it, the rest of
 *       the region, is 1-4;</li>
 *   <li>a school type's or a sector's dashboard is one part of a partition of the region: each of those
 *       counts is protected as a line across all types (or sectors) with the region's count as total,
 *       so the region minus the other types' dashboards cannot give one type away either;</li>
 *   <li>then the filtered dashboard's lines are protected again ({@link SmallCells}), so a cell suppressed
 *       here cannot be worked out from the totals that remain.</li>
 * </ul>
 * A single school's dashboard is checked against its type, sector and region, not yet as part of the
 * partition of its type into schools (ADR 0051, "Alternatives considered": residual risk).
 * Rates, means and shares go with their counts. The trainers' reach counts adults, not pupils, and is
 * not suppressed (as in the unfiltered dashboard).
 */
final class Differencing {

    private Differencing() {}

    /** {@code narrow} protected against each of {@code wider} (dashboards of the same school year). */
    static Dashboard protect(Dashboard narrow, List<Dashboard> wider) {
        return protect(narrow, wider, List.of(), -1, null);
    }

    /**
     * As {@link #protect(Dashboard, List)}, and as one part of a partition of {@code whole}: the
     * dashboards of every school type (or sector) of the region, {@code parts}, with the asked one at
     * {@code index}. Each count is then protected as a line across the parts with the whole as its total,
     * the same line for every part, so summing the other parts' dashboards cannot give this one away.
     */
    static Dashboard protect(
            Dashboard narrow, List<Dashboard> wider, List<Dashboard> parts, int index, @Nullable Dashboard whole) {
        Dashboard d = narrow;
        for (Dashboard w : wider) {
            d = against(d, w);
        }
        if (whole != null && index >= 0) {
            d = PartitionProtection.protect(d, parts, index, whole);
        }
        return Reprotection.reprotect(d);
    }

    /** The counts over a dashboard's schools, by name: what sums of filtered dashboards could reveal. */
    static Map<String, Cell> sums(Dashboard d) {
        Map<String, Cell> c = new HashMap<>();
        c.put("total", d.totalOpps());
        d.trend().forEach(m -> c.put("month " + m.month(), m.opps()));
        d.quality().items().forEach(i -> c.put("item " + i.position(), i.opps()));
        d.quality().checks().forEach(x -> {
            c.put("due " + x.check(), x.due());
            c.put("passing " + x.check(), x.passing());
        });
        d.mirror().categories().forEach(k -> c.put("category " + k.categoryId(), k.total()));
        c.put("mirror", d.mirror().total());
        return c;
    }

    private static Dashboard against(Dashboard n, Dashboard w) {
        Map<UUID, Cell> wideSchools = new HashMap<>();
        w.schools().forEach(s -> wideSchools.put(s.schoolId(), s.opps()));
        Map<SchoolType, Dashboard.TypeRate> wideTypes = new HashMap<>();
        w.types().forEach(t -> wideTypes.put(t.type(), t));
        List<Dashboard.SchoolRate> schools = n.schools().stream()
                .map(s -> new Dashboard.SchoolRate(
                        s.schoolId(), s.name(), s.type(), s.pupils(), same(s.opps(), wideSchools.get(s.schoolId()))))
                .toList();
        List<Dashboard.TypeRate> types = n.types().stream()
                .map(t -> {
                    Dashboard.TypeRate wide = wideTypes.get(t.type());
                    boolean sameGroup = wide != null && wide.schools() == t.schools();
                    Cell opps =
                            sameGroup ? same(t.opps(), wide.opps()) : rest(t.opps(), wide == null ? null : wide.opps());
                    return new Dashboard.TypeRate(t.type(), t.schools(), t.pupils(), opps);
                })
                .toList();
        Cell total = rest(n.totalOpps(), w.totalOpps());
        if (schools.size() == 1) {
            total = same(total, schools.getFirst().opps());
        }
        if (types.size() == 1) {
            total = same(total, types.getFirst().opps());
        }
        return new Dashboard(
                n.filter(),
                schools,
                types,
                total,
                n.totalPupils(),
                trend(n, w),
                quality(n, w),
                mirror(n.mirror(), w.mirror()),
                n.reach());
    }

    private static List<Dashboard.MonthCount> trend(Dashboard n, Dashboard w) {
        Map<java.time.YearMonth, Cell> wide = new HashMap<>();
        w.trend().forEach(m -> wide.put(m.month(), m.opps()));
        return n.trend().stream()
                .map(m -> new Dashboard.MonthCount(m.month(), rest(m.opps(), wide.get(m.month()))))
                .toList();
    }

    private static Dashboard.Quality quality(Dashboard n, Dashboard w) {
        Map<Integer, Cell> wideItems = new HashMap<>();
        w.quality().items().forEach(i -> wideItems.put(i.position(), i.opps()));
        List<Dashboard.ItemScore> items = n.quality().items().stream()
                .map(i -> {
                    Cell opps = rest(i.opps(), wideItems.get(i.position()));
                    return new Dashboard.ItemScore(i.position(), i.code(), opps, opps.suppressed() ? null : i.mean());
                })
                .toList();
        Map<String, Dashboard.Compliance> wideChecks = new HashMap<>();
        w.quality().checks().forEach(c -> wideChecks.put(c.check(), c));
        List<Dashboard.Compliance> checks = n.quality().checks().stream()
                .map(c -> {
                    Dashboard.Compliance wide = wideChecks.get(c.check());
                    Cell due = rest(c.due(), wide == null ? null : wide.due());
                    Cell passing = rest(c.passing(), wide == null ? null : wide.passing());
                    boolean hidden = due.suppressed() || passing.suppressed();
                    return new Dashboard.Compliance(c.check(), due, passing, hidden ? null : c.share());
                })
                .toList();
        boolean itemNewlyHidden = false;
        for (int i = 0; i < items.size(); i++) {
            itemNewlyHidden |= items.get(i).opps().suppressed()
                    && !n.quality().items().get(i).opps().suppressed();
        }
        return new Dashboard.Quality(
                items,
                itemNewlyHidden ? null : n.quality().overallMean(),
                checks,
                n.quality().benchmark());
    }

    private static Dashboard.Mirror mirror(Dashboard.Mirror n, Dashboard.Mirror w) {
        Map<UUID, Integer> wideRow = new HashMap<>();
        for (int r = 0; r < w.schools().size(); r++) {
            wideRow.put(w.schools().get(r).schoolId(), r);
        }
        Map<UUID, Integer> wideColumn = new HashMap<>();
        for (int k = 0; k < w.categories().size(); k++) {
            wideColumn.put(w.categories().get(k).categoryId(), k);
        }
        List<Dashboard.MirrorSchool> schools = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < n.schools().size(); r++) {
            Dashboard.MirrorSchool s = n.schools().get(r);
            Integer wr = wideRow.get(s.schoolId());
            schools.add(new Dashboard.MirrorSchool(
                    s.schoolId(),
                    s.name(),
                    s.type(),
                    s.pupils(),
                    same(s.total(), wr == null ? null : w.schools().get(wr).total()),
                    s.sopGaps()));
            List<Cell> row = new ArrayList<>();
            for (int k = 0; k < n.categories().size(); k++) {
                Integer wk = wideColumn.get(n.categories().get(k).categoryId());
                Cell wide = wr == null || wk == null ? null : w.cells().get(wr).get(wk);
                row.add(same(n.cells().get(r).get(k), wide));
            }
            cells.add(row);
        }
        List<Dashboard.MirrorCategory> categories = n.categories().stream()
                .map(c -> {
                    Integer wk = wideColumn.get(c.categoryId());
                    return new Dashboard.MirrorCategory(
                            c.categoryId(),
                            c.name(),
                            c.inStandard(),
                            rest(
                                    c.total(),
                                    wk == null ? null : w.categories().get(wk).total()));
                })
                .toList();
        return new Dashboard.Mirror(
                schools, categories, cells, n.applies(), rest(n.total(), w.total()), n.standardSource());
    }

    /** The same group in both dashboards: suppressed here when suppressed there. */
    private static Cell same(Cell narrow, @Nullable Cell wide) {
        return wide != null && wide.suppressed() && !narrow.suppressed() ? narrow.suppress() : narrow;
    }

    /** A count over the filtered schools: suppressed when the rest of the wider group is 1-4. */
    private static Cell rest(Cell narrow, @Nullable Cell wide) {
        return wide != null && !narrow.suppressed() && SmallCells.small(wide.value() - narrow.value())
                ? narrow.suppress()
                : narrow;
    }
}
