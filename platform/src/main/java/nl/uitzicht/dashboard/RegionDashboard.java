package nl.uitzicht.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.analysis.AnalysisChanged;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The region dashboard for policy staff and region admins. Aggregates come from
 * {@link DashboardQueries} (SQL, cached per region and filter). The cache key carries a stamp of the
 * region's OPP, consensus and school data, so any change there is seen on the next load; a consensus
 * change also evicts explicitly.
 *
 * <p>Basic support: until the region's basic-support standard and school profiles exist, the categories
 * of the proposed national minimum (language, giftedness, work behaviour) are the standard.
 */
@Service
public class RegionDashboard {

    public static final String STANDARD_NATIONAL_MINIMUM = "NATIONAL_MINIMUM";

    private final DashboardQueries queries;
    private final SupportCategories categories;

    RegionDashboard(DashboardQueries queries, SupportCategories categories) {
        this.queries = queries;
        this.categories = categories;
    }

    public Dashboard load(DashboardFilter filter, LocalDate today) {
        List<SupportCategory> all = categories.all();
        List<UUID> basic = all.stream().filter(c -> c.active() && c.nationalMinimum()).map(SupportCategory::id).toList();
        Map<UUID, String> names = all.stream().collect(Collectors.toMap(SupportCategory::id, SupportCategory::name));
        return queries.dashboard(filter, basic, names, STANDARD_NATIONAL_MINIMUM, today, queries.stamp());
    }

    /** Per school, how many OPPs give extra support in one basic-support category: never a pupil. */
    public List<DrillDown> drillDown(Dashboard dashboard, UUID categoryId) {
        int k = 0;
        List<Dashboard.MirrorCategory> cats = dashboard.mirror().categories();
        while (k < cats.size() && !cats.get(k).categoryId().equals(categoryId)) {
            k++;
        }
        if (k == cats.size()) {
            return List.of();
        }
        int column = k;
        return java.util.stream.IntStream.range(0, dashboard.mirror().schools().size())
                .mapToObj(i -> new DrillDown(dashboard.mirror().schools().get(i).name(),
                        dashboard.mirror().cells().get(i).get(column)))
                .filter(d -> d.opps().suppressed() || d.opps().value() > 0).toList();
    }

    public record DrillDown(String school, Cell opps) implements java.io.Serializable {
    }

    @EventListener
    void on(AnalysisChanged event) {
        queries.evictAll();
    }
}
