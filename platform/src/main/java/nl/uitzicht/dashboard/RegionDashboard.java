package nl.uitzicht.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.PolicyOrRegionAdmin;
import org.springframework.stereotype.Service;

/**
 * The region dashboard for policy staff and region admins: every school of the region
 * ({@link ProtectedDashboards}: cached, small cells suppressed).
 *
 * <p>Basic support is what the region's standard or a school's SOP profile says; a region that has
 * recorded neither falls back on the proposed national minimum (language, giftedness, work behaviour).
 */
@Service
@PolicyOrRegionAdmin
public class RegionDashboard {

    public static final String STANDARD_NATIONAL_MINIMUM = "NATIONAL_MINIMUM";
    public static final String STANDARD_REGION = "REGION_STANDARD";

    private final ProtectedDashboards dashboards;

    RegionDashboard(ProtectedDashboards dashboards) {
        this.dashboards = dashboards;
    }

    /**
     * The dashboard for a filter, small cells suppressed and protected against wider dashboards
     * ({@link ProtectedDashboards#load}).
     */
    public Dashboard load(DashboardFilter filter, LocalDate today) {
        return dashboards.load(filter, today);
    }

    /**
     * The region's data version (one indexed row): a report that asks for several dashboards reads it once and
     * passes it to {@link #wholeRegion}; it is also the cache key of figures kept beside the dashboard.
     */
    public long dataVersion() {
        return dashboards.dataVersion();
    }

    /**
     * The whole region's dashboard of one school year at a data version read before ({@link #dataVersion()}):
     * as {@link #load}, without reading the version again (the board report asks for one per school year).
     */
    public Dashboard wholeRegion(SchoolYear year, LocalDate today, long version) {
        return dashboards.load(new DashboardFilter(year, null, null, null), today, version);
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
                .mapToObj(i -> new DrillDown(
                        dashboard.mirror().schools().get(i).name(),
                        dashboard.mirror().cells().get(i).get(column)))
                .filter(d -> d.opps().suppressed() || d.opps().value() > 0)
                .toList();
    }

    public record DrillDown(String school, Cell opps) implements java.io.Serializable {}
}
