package nl.uitzicht.provisioning;

import nl.uitzicht.access.OperatorOnly;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/**
 * Brings a new region onto the platform: registers it, then installs its defaults (support
 * categories) as that region. Two transactions in turn: a region is bound when a transaction
 * begins, so its own rows can only be written once the region exists.
 */
@Service
@OperatorOnly
public class RegionProvisioning {

    private final RegionDirectory regions;
    private final SupportCategories supportCategories;

    RegionProvisioning(RegionDirectory regions, SupportCategories supportCategories) {
        this.regions = regions;
        this.supportCategories = supportCategories;
    }

    public Region provision(String code, String name, Sector sector) {
        Region region = regions.register(code, name, sector);
        TenantContext.runAs(region.getId(), supportCategories::installDefaults);
        return region;
    }
}
