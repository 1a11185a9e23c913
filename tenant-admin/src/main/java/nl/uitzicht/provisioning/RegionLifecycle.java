package nl.uitzicht.provisioning;

import java.util.Locale;
import java.util.UUID;
import nl.uitzicht.access.OperatorOnly;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import org.springframework.stereotype.Service;

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

    RegionLifecycle(RegionDirectory regions, RegionProvisioning provisioning) {
        this.regions = regions;
        this.provisioning = provisioning;
    }

    public Region create(String code, String name, Sector sector) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!RegionDirectory.SWV_CODE.matcher(normalized).matches()) {
            throw new RegionException("code", "admin.region.error.code");
        }
        if (!normalized.startsWith(sector.name())) {
            throw new RegionException("code", "admin.region.error.sector");
        }
        if (regions.codeTaken(normalized)) {
            throw new RegionException("code", "admin.region.error.taken");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new RegionException("name", "admin.region.error.name");
        }
        return provisioning.provision(normalized, trimmed, sector);
    }

    public Region suspend(UUID regionId) {
        return regions.suspend(regionId);
    }

    public Region reactivate(UUID regionId) {
        return regions.reactivate(regionId);
    }

    /** A refused region change: the field and a UI message key. */
    public static class RegionException extends IllegalArgumentException {
        private final String field;

        RegionException(String field, String key) {
            super(key);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
