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

/** What one school's SOP covers within basic support: a set of support categories. Tenant-owned. */
@Entity
@Table(name = "school_support_profile")
class SchoolSupportProfile {

    @Id
    @Column(name = "school_id")
    private UUID schoolId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "category_ids", nullable = false)
    private UUID[] categoryIds = new UUID[0];

    @Version
    private long version;

    protected SchoolSupportProfile() {}

    SchoolSupportProfile(UUID schoolId) {
        this.schoolId = schoolId;
    }

    UUID getSchoolId() {
        return schoolId;
    }

    Set<UUID> categories() {
        return new LinkedHashSet<>(Arrays.asList(categoryIds));
    }

    void cover(Collection<UUID> categories) {
        this.categoryIds = categories.toArray(UUID[]::new);
    }

    long getVersion() {
        return version;
    }
}
