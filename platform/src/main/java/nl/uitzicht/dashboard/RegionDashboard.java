package nl.uitzicht.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.PolicyOrRegionAdmin;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/**
 * The region dashboard for policy staff and region admins. Aggregates come from
 * {@link DashboardQueries} (SQL, cached per region and filter). The cache key carries the region's data
 * version, which a trigger raises on every change to OPPs, consensus scores, schools, basic support and
 * trainers' stakeholders, so a change is seen on the next load, on every node.
 *
 * <p>Basic support is what the region's standard or a school's SOP profile says; a region that has
 * recorded neither falls back on the proposed national minimum (language, giftedness, work behaviour).
 */
@Service
@PolicyOrRegionAdmin
public class RegionDashboard {

    public static final String STANDARD_NATIONAL_MINIMUM = "NATIONAL_MINIMUM";
    public static final String STANDARD_REGION = "REGION_STANDARD";

    /** Recently shown dashboards on this node: safe to keep, the key carries the region's data version. */
    private final Cache<Key, Dashboard> recent = Caffeine.newBuilder()
            .maximumSize(32)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    private final DashboardQueries queries;

    RegionDashboard(DashboardQueries queries) {
        this.queries = queries;
    }

    /**
     * The dashboard for a filter: from this node's memory, else from Redis (shared by all nodes), else
     * computed by PostgreSQL. All three are keyed on the region's current data version. A filtered
     * dashboard is protected against the wider ones it could be subtracted from ({@link Differencing}).
     */
    public Dashboard load(DashboardFilter filter, LocalDate today) {
        long version = queries.dataVersion();
        return recent.get(
                new Key(TenantContext.require(), filter, today, version),
                key -> protectedDashboard(filter, today, version));
    }

    /**
     * The region's data version (one indexed row): a report that asks for several dashboards reads it once and
     * passes it to {@link #wholeRegion}; it is also the cache key of figures kept beside the dashboard.
     */
    public long dataVersion() {
        return queries.dataVersion();
    }

    /**
     * The whole region's dashboard of one school year at a data version read before ({@link #dataVersion()}):
     * as {@link #load}, without reading the version again (the board report asks for one per school year).
     */
    public Dashboard wholeRegion(SchoolYear year, LocalDate today, long version) {
        DashboardFilter filter = new DashboardFilter(year, null, null, null);
        return recent.get(
                new Key(TenantContext.require(), filter, today, version),
                key -> protectedDashboard(filter, today, version));
    }

    private Dashboard protectedDashboard(DashboardFilter filter, LocalDate today, long version) {
        Dashboard asked = queries.dashboard(filter, today, version);
        if (!filter.narrowsSchools()) {
            return asked;
        }
        Dashboard region = queries.dashboard(filter.wholeRegion(), today, version);
        SchoolType type = filter.type() != null
                ? filter.type()
                : region.schools().stream()
                        .filter(s -> s.schoolId().equals(filter.schoolId()))
                        .map(Dashboard.SchoolRate::type)
                        .findFirst()
                        .orElse(null);
        List<Dashboard> wider = new java.util.ArrayList<>();
        for (DashboardFilter w : filter.wider(type)) {
            wider.add(w.equals(filter.wholeRegion()) ? region : queries.dashboard(w, today, version));
        }
        // A type's or a sector's dashboard is one part of the region: protected across all the parts.
        List<DashboardFilter> partition = filter.partition(
                region.types().stream().map(Dashboard.TypeRate::type).toList());
        int index = partition.indexOf(filter);
        if (index < 0) {
            return Differencing.protect(asked, wider);
        }
        List<Dashboard> parts = partition.stream()
                .map(f -> f.equals(filter) ? asked : queries.dashboard(f, today, version))
                .toList();
        return Differencing.protect(asked, wider, parts, index, region);
    }

    /** Empties this node's memory of dashboards (the benchmark measures Redis without it). */
    void forgetRecent() {
        recent.invalidateAll();
    }

    private record Key(UUID region, DashboardFilter filter, LocalDate today, long dataVersion) {}

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
