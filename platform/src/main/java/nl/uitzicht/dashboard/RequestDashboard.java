package nl.uitzicht.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The request dashboard (issue 16 point 4, ADR 0095) for policy staff, region administrators and case managers:
 * requests, grants and refusals per school and type, the TLV rate and its trend, lead times against the decision
 * term, arrangement spending against the budgets, and the link with the basic-support mirror. Aggregates only, small
 * groups suppressed like the region dashboard. The period is a whole school year and nothing narrower can be asked
 * for, so no dashboard can be subtracted from a wider one (ADR 0051). Cached like the region dashboard: this node's
 * memory, then Redis, then PostgreSQL, all keyed on the region's data version, which the requests, their decisions
 * and the budgets raise.
 */
@Service
@PreAuthorize(Allow.REQUEST_FIGURES)
public class RequestDashboard {

    private final Cache<Key, RequestFigures> recent = Caffeine.newBuilder()
            .maximumSize(32)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    private final RequestQueries queries;

    RequestDashboard(RequestQueries queries) {
        this.queries = queries;
    }

    /** The figures of a school year as of {@code today} (the overdue count is today's). */
    public RequestFigures load(SchoolYear year, LocalDate today) {
        long version = queries.dataVersion();
        return recent.get(
                new Key(TenantContext.require(), year, today, version), key -> queries.figures(year, today, version));
    }

    private record Key(UUID region, SchoolYear year, LocalDate today, long dataVersion) {}
}
