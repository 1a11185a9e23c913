package nl.uitzicht.dashboard;

import java.time.LocalDate;
import java.util.Objects;
import nl.uitzicht.access.SystemOnly;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region dashboard's parts one at a time, for measuring it (the dashboard benchmark of the demo
 * module, docs/performance.md): the data version, the cached call alone, an uncached computation
 * through a template of the caller's choice, and emptying the caches. The system's only: nothing a
 * person does needs it; {@link RegionDashboard#load} is the way to the dashboard.
 */
@Service
@SystemOnly
public class DashboardProbe {

    private final ProtectedDashboards dashboard;
    private final DashboardQueries queries;
    private final BasicSupportSource basicSupport;
    private final CacheManager caches;

    DashboardProbe(
            ProtectedDashboards dashboard,
            DashboardQueries queries,
            BasicSupportSource basicSupport,
            CacheManager caches) {
        this.dashboard = dashboard;
        this.queries = queries;
        this.basicSupport = basicSupport;
        this.caches = caches;
    }

    /** The bound region's data version: one indexed row, in a transaction of its own. */
    public long dataVersion() {
        return queries.dataVersion();
    }

    /** The shared cache's call alone (Redis, or the in-process cache): computed on a miss. */
    public Dashboard cached(DashboardFilter filter, LocalDate today, long dataVersion) {
        return queries.dashboard(filter, today, dataVersion);
    }

    /**
     * The dashboard computed once more, past every cache, with the statements run through {@code jdbc}
     * (e.g. one that also writes them down, so they can be replayed without a copy of their SQL).
     */
    @Transactional(readOnly = true)
    public Dashboard computeWith(NamedParameterJdbcTemplate jdbc, DashboardFilter filter, LocalDate today) {
        return new DashboardQueries(jdbc, basicSupport).dashboard(filter, today, 0);
    }

    /** Empties the shared dashboard cache and this node's memory: the next load is computed. */
    public void forgetAll() {
        Objects.requireNonNull(caches.getCache(DashboardQueries.CACHE), "No dashboard cache")
                .clear();
        dashboard.forgetRecent();
    }

    /** Empties this node's memory of dashboards only: the next load comes from the shared cache. */
    public void forgetThisNode() {
        dashboard.forgetRecent();
    }
}
