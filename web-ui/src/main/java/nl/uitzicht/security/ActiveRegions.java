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
 * signed out at their next request. Looked up at most every few seconds per region; while the database is
 * away, what was known stays ({@link DatabaseAway}).
 */
@Component
class ActiveRegions {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private record Known(boolean active, Instant at) {}

    private final RegionDirectory regions;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();
    private final Clock clock;
    private final DatabaseAway away;

    ActiveRegions(RegionDirectory regions, Clock clock, DatabaseAway away) {
        this.clock = clock;
        this.away = away;
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
            if (k != null && away.recently()) {
                return k.active();
            }
            try {
                k = new Known(regions.isActive(regionId), now);
            } catch (RuntimeException failure) {
                if (k == null || !away.met(failure)) {
                    throw failure;
                }
                // the database is away: what the region was a few seconds ago (see DatabaseAway)
                return k.active();
            }
            known.put(regionId, k);
        }
        return k.active();
    }
}
