package nl.uitzicht.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A school type's or a sector's dashboard as one part of a partition of the region (ADR 0051): each count
 * over the part's schools is protected as a line across all parts with the region's count as total, so the
 * region minus the other parts' dashboards cannot give this part away.
 */
final class PartitionProtection {

    private PartitionProtection() {}

    /** Part {@code index} of {@code parts} with the counts hidden that line suppression across the parts hides. */
    static Dashboard protect(Dashboard d, List<Dashboard> parts, int index, Dashboard whole) {
        return suppress(d, hiddenInPartition(parts, index, whole));
    }

    /** The counts of part {@code index} that line suppression across the parts (total: the whole) hides. */
    private static Set<String> hiddenInPartition(List<Dashboard> parts, int index, Dashboard whole) {
        Map<String, Cell> wholeCounts = Differencing.sums(whole);
        List<Map<String, Cell>> partCounts =
                parts.stream().map(Differencing::sums).toList();
        Set<String> hidden = new HashSet<>();
        for (String key : partCounts.get(index).keySet()) {
            Cell total = wholeCounts.get(key);
            if (total == null) {
                continue;
            }
            List<Integer> line = partCounts.stream()
                    .map(c -> c.containsKey(key) ? c.get(key).value() : 0)
                    .toList();
            if (SmallCells.protectLine(line, total.value()).get(index).suppressed()) {
                hidden.add(key);
            }
        }
        return hidden;
    }

    /** The dashboard with the named counts ({@link Differencing#sums}) suppressed, with their means and shares. */
    private static Dashboard suppress(Dashboard d, Set<String> keys) {
        if (keys.isEmpty()) {
            return d;
        }
        List<Dashboard.MonthCount> trend = d.trend().stream()
                .map(m -> new Dashboard.MonthCount(m.month(), hide(m.opps(), keys.contains("month " + m.month()))))
                .toList();
        List<Dashboard.ItemScore> items = d.quality().items().stream()
                .map(i -> {
                    Cell opps = hide(i.opps(), keys.contains("item " + i.position()));
                    return new Dashboard.ItemScore(i.position(), i.code(), opps, opps.suppressed() ? null : i.mean());
                })
                .toList();
        boolean itemHidden = keys.stream().anyMatch(k -> k.startsWith("item "));
        List<Dashboard.Compliance> checks = d.quality().checks().stream()
                .map(x -> {
                    Cell due = hide(x.due(), keys.contains("due " + x.check()));
                    Cell passing = hide(x.passing(), keys.contains("passing " + x.check()));
                    return new Dashboard.Compliance(
                            x.check(), due, passing, due.suppressed() || passing.suppressed() ? null : x.share());
                })
                .toList();
        Dashboard.Quality quality = new Dashboard.Quality(
                items,
                itemHidden ? null : d.quality().overallMean(),
                checks,
                d.quality().benchmark());
        Dashboard.Mirror m = d.mirror();
        List<Dashboard.MirrorCategory> categories = m.categories().stream()
                .map(k -> new Dashboard.MirrorCategory(
                        k.categoryId(),
                        k.name(),
                        k.inStandard(),
                        hide(k.total(), keys.contains("category " + k.categoryId()))))
                .toList();
        Dashboard.Mirror mirror = new Dashboard.Mirror(
                m.schools(),
                categories,
                m.cells(),
                m.applies(),
                hide(m.total(), keys.contains("mirror")),
                m.standardSource());
        return new Dashboard(
                d.filter(),
                d.schools(),
                d.types(),
                hide(d.totalOpps(), keys.contains("total")),
                d.totalPupils(),
                trend,
                quality,
                mirror,
                d.reach());
    }

    private static Cell hide(Cell cell, boolean hide) {
        return hide && !cell.suppressed() ? cell.suppress() : cell;
    }
}
