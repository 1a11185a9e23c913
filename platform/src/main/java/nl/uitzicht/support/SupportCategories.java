package nl.uitzicht.support;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.AnyRegionRole;
import nl.uitzicht.access.OperatorOrRegionAdmin;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current region's support categories. */
@Service
@Transactional(readOnly = true)
@AnyRegionRole
public class SupportCategories {

    private final SupportCategoryRows rows;

    SupportCategories(SupportCategoryRows rows) {
        this.rows = rows;
    }

    /** All categories, switched-off ones included, in the region's order. */
    public List<SupportCategory> all() {
        return rows.findAllByOrderByPositionAsc().stream()
                .map(SupportCategoryEntity::view)
                .toList();
    }

    /** The categories to choose from when writing an OPP. */
    public List<SupportCategory> active() {
        return all().stream().filter(SupportCategory::active).toList();
    }

    /** Installs the default list for the bound region, once (region provisioning calls this). */
    @Transactional
    @OperatorOrRegionAdmin
    public void installDefaults() {
        if (rows.count() > 0) {
            return;
        }
        int position = 0;
        for (DefaultCategory c : DefaultCategory.values()) {
            rows.save(new SupportCategoryEntity(c.name(), c.dutchName, position++, c.nationalMinimum));
        }
    }

    @Transactional
    @RegionAdminOnly
    public SupportCategory add(String name) {
        String trimmed = validName(name);
        if (rows.existsByNameIgnoreCase(trimmed)) {
            throw new InvalidInput("name", "support.error.duplicate");
        }
        int position = (int) rows.count();
        return rows.save(new SupportCategoryEntity(
                        "EIGEN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                        trimmed,
                        position,
                        false))
                .view();
    }

    @Transactional
    @RegionAdminOnly
    public SupportCategory update(UUID id, String name, boolean active, long expectedVersion) {
        SupportCategoryEntity row =
                rows.findById(id).orElseThrow(() -> new InvalidInput("category", "support.error.notFound"));
        if (row.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SupportCategoryEntity.class, id);
        }
        row.rename(validName(name));
        row.setActive(active);
        return rows.saveAndFlush(row).view();
    }

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidInput("name", "support.error.name");
        }
        return trimmed;
    }
}
