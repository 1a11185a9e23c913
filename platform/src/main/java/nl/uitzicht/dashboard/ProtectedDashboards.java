package nl.uitzicht.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dashboards with small cells suppressed, for whoever the calling service lets in: the region dashboard
 * ({@link RegionDashboard}, policy staff and region admins) and the school mirrors ({@link SchoolMirrors},
 * trainers and school leaders). The same figures for the same filter, so a school's mirror shows nothing
 * the policy dashboard filtered on that school would not. Aggregates come from {@link DashboardQueries} (SQL,
 * cached per region and filter). The cache key carries the region's data version, which a trigger raises on
 * every change to OPPs, consensus scores, schools, basic support and trainers' stakeholders, so a change is
 * seen on the next load, on every node.
 *
 * <p>Under load that would mean a new computation at almost every opening: school staff save all day, and every
 * save raises the version. So a dashboard shown on this node less than {@code uitzicht.dashboard.freshness} ago
 * (production: one minute; default 0, i.e. always the current version) is shown again without asking the
 * database; after that the current version decides (ADR 0106, docs/performance.md).
 */
@Component
class ProtectedDashboards {

    /** Recently shown dashboards on this node, each with the data version it was computed at and when. */
    private final Cache<Key, Shown> recent = Caffeine.newBuilder()
            .maximumSize(32)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    private final DashboardQueries queries;
    private final Clock clock;
    private final Duration freshness;

    ProtectedDashboards(
            DashboardQueries queries, Clock clock, @Value("${uitzicht.dashboard.freshness:0s}") Duration freshness) {
        this.queries = queries;
        this.clock = clock;
        this.freshness = freshness;
    }

    /**
     * The dashboard for a filter: from this node's memory, else from Redis (shared by all nodes), else
     * computed by PostgreSQL. All three are keyed on the region's current data version. A filtered
     * dashboard is protected against the wider ones it could be subtracted from ({@link Differencing}).
     */
    Dashboard load(DashboardFilter filter, LocalDate today) {
        Shown shown = recent.getIfPresent(new Key(TenantContext.require(), filter, today));
        if (shown != null && clock.instant().isBefore(shown.at().plus(freshness))) {
            return shown.dashboard();
        }
        return load(filter, today, queries.dataVersion());
    }

    /**
     * As {@link #load(DashboardFilter, LocalDate)}, at exactly a data version read before ({@link #dataVersion()}):
     * never an older one, whatever the freshness. One computation per filter at a time on this node.
     */
    Dashboard load(DashboardFilter filter, LocalDate today, long version) {
        return recent.asMap()
                .compute(
                        new Key(TenantContext.require(), filter, today),
                        (key, old) -> old != null && old.version() == version
                                ? old
                                : new Shown(version, clock.instant(), protectedDashboard(filter, today, version)))
                .dashboard();
    }

    long dataVersion() {
        return queries.dataVersion();
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

    private record Key(UUID region, DashboardFilter filter, LocalDate today) {}

    private record Shown(long version, Instant at, Dashboard dashboard) {}
}
