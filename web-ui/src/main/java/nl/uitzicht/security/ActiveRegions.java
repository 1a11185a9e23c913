package nl.uitzicht.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.uitzicht.tenancy.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * Whether a session's region may still be worked in: a suspended (or deleted) region's people are
 * signed out at their next request. Looked up at most every few seconds per region.
 */
@Component
class ActiveRegions {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private record Known(boolean active, Instant at) {
    }

    private final RegionDirectory regions;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    ActiveRegions(RegionDirectory regions) {
        this.regions = regions;
    }

    boolean isActive(UUID regionId) {
        Instant now = Instant.now();
        Known k = known.get(regionId);
        if (k == null || k.at().plus(FRESH).isBefore(now)) {
            k = new Known(regions.isActive(regionId), now);
            known.put(regionId, k);
        }
        return k.active();
    }
}
