package nl.uitzicht.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A samenwerkingsverband: the tenant. A global table (no row-level security): the platform
 * operator manages regions, and login needs them before any region is bound.
 */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegionStatus status = RegionStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Filled by the data generator (benchmark data, no real pupils); set only by the generator's SQL. */
    @Column(name = "synthetic", insertable = false, updatable = false)
    private boolean synthetic;

    @Version
    private long version;

    protected Region() {}

    public Region(UUID id, String code, String name, Sector sector, Instant createdAt) {
        this.createdAt = createdAt;
        this.id = id;
        this.code = code;
        this.name = name;
        this.sector = sector;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public RegionStatus getStatus() {
        return status;
    }

    /** A region of generated benchmark data: its generated plans may be scored there. */
    public boolean isSynthetic() {
        return synthetic;
    }

    public boolean isActive() {
        return status == RegionStatus.ACTIVE;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void suspend() {
        this.status = RegionStatus.SUSPENDED;
    }

    /** Only a suspended region can be reactivated; an ended one stays ended. */
    public void reactivate() {
        if (status == RegionStatus.ENDED) {
            throw new IllegalStateException("An ended region cannot be reactivated");
        }
        this.status = RegionStatus.ACTIVE;
    }

    /** Ends a suspended region, the step before it may be purged. */
    public void end() {
        if (status != RegionStatus.SUSPENDED) {
            throw new IllegalStateException("Suspend a region before ending it");
        }
        this.status = RegionStatus.ENDED;
    }

    public boolean isEnded() {
        return status == RegionStatus.ENDED;
    }
}
