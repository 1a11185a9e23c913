package nl.uitzicht.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A school location (vestiging), identified by BRIN and vestigingsnummer. Tenant-owned. */
@Entity
@Table(name = "school")
class School {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String brin;

    @Column(name = "vestiging", nullable = false)
    private String vestiging;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolType type;

    private @Nullable String municipality;

    @Column(name = "pupil_count", nullable = false)
    private int pupilCount;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolSource source = SchoolSource.MANUAL;

    @Version
    private long version;

    protected School() {}

    School(String brin, String vestiging, String name, SchoolType type, @Nullable String municipality, int pupilCount) {
        this.id = UUID.randomUUID();
        this.brin = brin;
        this.vestiging = vestiging;
        this.name = name;
        this.type = type;
        this.municipality = municipality;
        this.pupilCount = pupilCount;
    }

    UUID getId() {
        return id;
    }

    UUID getTenantId() {
        return tenantId;
    }

    void setId(UUID id) {
        this.id = id;
    }

    void rename(String newName) {
        this.name = newName;
    }

    String getBrin() {
        return brin;
    }

    String getVestiging() {
        return vestiging;
    }

    long getVersion() {
        return version;
    }

    boolean isClosed() {
        return closedOn != null;
    }

    /** Takes over the editable details; BRIN and vestigingsnummer identify the school and stay. */
    void update(SchoolDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.municipality = details.municipality();
        this.pupilCount = details.pupilCount();
    }

    void takeFrom(SchoolSource newSource) {
        this.source = newSource;
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }

    void reopen() {
        this.closedOn = null;
    }

    SchoolSummary summary() {
        return new SchoolSummary(id, brin, vestiging, name, type, municipality, pupilCount, closedOn, version, source);
    }
}
