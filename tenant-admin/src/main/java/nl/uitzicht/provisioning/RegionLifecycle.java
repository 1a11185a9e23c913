package nl.uitzicht.provisioning;

import java.util.Locale;
import java.util.UUID;
import nl.uitzicht.access.OperatorOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.PlatformAction;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operator's work on regions: create one (validated, with its defaults), suspend it
 * (its people can no longer log in to it or keep working in it) and reactivate it. Global data
 * only: the operator never sees pupil data.
 */
@Service
@OperatorOnly
public class RegionLifecycle {

    private final RegionDirectory regions;
    private final RegionProvisioning provisioning;
    private final PlatformLog log;

    RegionLifecycle(RegionDirectory regions, RegionProvisioning provisioning, PlatformLog log) {
        this.regions = regions;
        this.provisioning = provisioning;
        this.log = log;
    }

    /** Provisioning runs its own transactions (it binds the new region); the log entry follows in another. */
    public Region create(String code, String name, Sector sector, Actor operator) {
        String normalized =
                code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!RegionDirectory.SWV_CODE.matcher(normalized).matches()) {
            throw new InvalidInput("code", "admin.region.error.code");
        }
        if (!normalized.startsWith(sector.name())) {
            throw new InvalidInput("code", "admin.region.error.sector");
        }
        if (regions.codeTaken(normalized)) {
            throw new InvalidInput("code", "admin.region.error.taken");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new InvalidInput("name", "admin.region.error.name");
        }
        Region region = provisioning.provision(normalized, trimmed, sector);
        log.platformAction(operator, PlatformAction.REGION_CREATED, region.getId(), null, trimmed);
        return region;
    }

    @Transactional
    public Region suspend(UUID regionId, Actor operator) {
        Region region = regions.suspend(regionId);
        log.platformAction(operator, PlatformAction.REGION_SUSPENDED, regionId, null, null);
        return region;
    }

    @Transactional
    public Region reactivate(UUID regionId, Actor operator) {
        if (regions.find(regionId).orElseThrow().isEnded()) {
            throw new InvalidInput("status", "admin.region.error.ended");
        }
        Region region = regions.reactivate(regionId);
        log.platformAction(operator, PlatformAction.REGION_REACTIVATED, regionId, null, null);
        return region;
    }

    /** Ends a suspended region's contract: the last step before its data may be purged. */
    @Transactional
    public Region end(UUID regionId, Actor operator) {
        if (regions.find(regionId).orElseThrow().isActive()) {
            throw new InvalidInput("status", "admin.region.error.endActive");
        }
        Region region = regions.end(regionId);
        log.platformAction(operator, PlatformAction.REGION_ENDED, regionId, null, null);
        return region;
    }
}
