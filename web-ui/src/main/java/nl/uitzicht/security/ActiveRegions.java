package nl.uitzicht.security;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.RegionStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether a session's region may still be worked in: a suspended (or deleted) region's people are
 * signed out at their next request. Looked up at most every few seconds per region.
 */
@Component
class ActiveRegions {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final RecentAnswers<UUID, Boolean> active;

    ActiveRegions(RegionDirectory regions, Clock clock) {
        this.active = new RecentAnswers<>("Region status", FRESH, clock, regions::isActive);
    }

    /** On this node a suspension takes effect at once; other nodes see it within a few seconds. */
    @EventListener
    void on(RegionStatusChanged change) {
        active.forget(change.regionId());
    }

    /** Whether the region may be worked in; while the database is away, the last known answer (see {@link RecentAnswers}). */
    boolean isActive(UUID regionId) {
        return active.get(regionId);
    }
}
