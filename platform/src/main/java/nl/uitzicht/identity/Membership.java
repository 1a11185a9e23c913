package nl.uitzicht.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One role of one person in one region; school staff are scoped to named schools. A global
 * table: the regions a person may choose are known before any region is bound.
 */
@Entity
@Table(name = "membership")
class Membership {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "region_id", nullable = false)
    private UUID regionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_school", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "school_id")
    private Set<UUID> schoolIds = new HashSet<>();

    protected Membership() {}

    Membership(UUID userId, UUID regionId, Role role, Set<UUID> schoolIds) {
        if (role == Role.OPERATOR) {
            throw new IllegalArgumentException("OPERATOR is a platform role, not a region role");
        }
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.regionId = regionId;
        this.role = role;
        this.schoolIds = new HashSet<>(schoolIds);
    }

    UUID getId() {
        return id;
    }

    UUID getUserId() {
        return userId;
    }

    UUID getRegionId() {
        return regionId;
    }

    Role getRole() {
        return role;
    }

    Set<UUID> getSchoolIds() {
        return Set.copyOf(schoolIds);
    }

    void scopeToSchools(Set<UUID> schools) {
        this.schoolIds.clear();
        this.schoolIds.addAll(schools);
    }
}
