package nl.uitzicht.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

    private record Known(boolean active, Instant at) {}

    private final RegionDirectory regions;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();
    private final Clock clock;

    ActiveRegions(RegionDirectory regions, Clock clock) {
        this.clock = clock;
        this.regions = regions;
    }

    /** On this node a suspension takes effect at once; other nodes see it within a few seconds. */
    @EventListener
    void on(RegionStatusChanged change) {
        known.remove(change.regionId());
    }

    boolean isActive(UUID regionId) {
        Instant now = clock.instant();
        Known k = known.get(regionId);
        if (k == null || k.at().plus(FRESH).isBefore(now)) {
            k = new Known(regions.isActive(regionId), now);
            known.put(regionId, k);
        }
        return k.active();
    }
}
