package nl.uitzicht.export;

import java.util.UUID;
import nl.uitzicht.access.OperatorOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.PlatformAction;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a region with all its data, for the platform operator: only an ended region, and only
 * when the operator has typed its SWV code. The database function {@code uitzicht_purge_region}
 * removes the rows of every table with a tenant_id (also those added later), the region's global
 * rows, and the accounts that belonged to no other region. The platform log keeps the record of
 * the purge (who, when, which region, how many rows).
 */
@Service
@OperatorOnly
public class RegionOffboarding {

    private static final Logger log = LoggerFactory.getLogger(RegionOffboarding.class);

    private final RegionDirectory regions;
    private final JdbcTemplate jdbc;
    private final PlatformLog platformLog;

    RegionOffboarding(RegionDirectory regions, JdbcTemplate jdbc, PlatformLog platformLog) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.platformLog = platformLog;
    }

    /** Returns the number of region rows deleted. */
    @Transactional
    public int delete(UUID regionId, String typedCode, Actor operator) {
        if (TenantContext.current() != null) {
            throw new IllegalStateException("Delete a region with no region bound");
        }
        Region region = regions.find(regionId).orElseThrow(() -> new OffboardingException("admin.offboard.error.gone"));
        if (typedCode == null || !region.getCode().equalsIgnoreCase(typedCode.trim())) {
            throw new OffboardingException("admin.offboard.error.confirm");
        }
        if (!region.isEnded()) {
            throw new OffboardingException("admin.offboard.error.notEnded");
        }
        Integer deleted = jdbc.queryForObject("select uitzicht_purge_region(?)", Integer.class, regionId);
        platformLog.platformAction(
                operator,
                PlatformAction.REGION_PURGED,
                regionId,
                region.getCode(),
                region.getName() + ": " + deleted + " rows deleted");
        log.info(
                "Region {} ({}) deleted with all its data by {}: {} rows",
                region.getCode(),
                region.getName(),
                operator.name(),
                deleted);
        return deleted == null ? 0 : deleted;
    }

    /** A refused deletion; the message is a UI message key. */
    public static class OffboardingException extends IllegalArgumentException {
        public OffboardingException(String key) {
            super(key);
        }
    }
}
