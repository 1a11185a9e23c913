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
 * signed out at their next request. Looked up at most every few seconds per region; while the database is
 * away, what was known stays ({@link DatabaseAway}).
 */
@Component
class ActiveRegions {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final RecentAnswers<UUID, Boolean> active;

    ActiveRegions(RegionDirectory regions, Clock clock, DatabaseAway away) {
        this.active = new RecentAnswers<>("Region status", FRESH, clock, away, regions::isActive);
    }

    /** On this node a suspension takes effect at once; other nodes see it within a few seconds. */
    @EventListener
    void on(RegionStatusChanged change) {
        active.forget(change.regionId());
    }

    boolean isActive(UUID regionId) {
        return active.get(regionId);
    }
}
