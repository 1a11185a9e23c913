package nl.uitzicht.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The region's own basic-support standard: the categories every school must cover. One per region. */
@Entity
@Table(name = "basic_support_standard")
class BasicSupportStandardRow {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "category_ids", nullable = false)
    private UUID[] categoryIds = new UUID[0];

    @Version
    private long version;

    protected BasicSupportStandardRow() {}

    static BasicSupportStandardRow empty() {
        BasicSupportStandardRow row = new BasicSupportStandardRow();
        row.id = UUID.randomUUID();
        return row;
    }

    Set<UUID> categories() {
        return new LinkedHashSet<>(Arrays.asList(categoryIds));
    }

    void require(Collection<UUID> categories) {
        this.categoryIds = categories.toArray(UUID[]::new);
    }

    long getVersion() {
        return version;
    }
}
