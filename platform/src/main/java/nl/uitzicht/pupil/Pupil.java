package nl.uitzicht.pupil;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "pupil")
class Pupil {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(nullable = false)
    private String name;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(name = "group_name", nullable = false)
    private String group;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    @Version
    private long version;

    protected Pupil() {}

    Pupil(UUID schoolId, ValidPupil data) {
        this.id = UUID.randomUUID();
        this.schoolId = schoolId;
        apply(data);
    }

    void apply(ValidPupil data) {
        this.name = data.name();
        this.birthYear = data.birthYear();
        this.group = data.group();
        this.enrolledOn = data.enrolledOn();
        this.leftOn = data.leftOn();
    }

    UUID getSchoolId() {
        return schoolId;
    }

    long getVersion() {
        return version;
    }

    PupilSummary summary() {
        return new PupilSummary(id, schoolId, name, birthYear, group, enrolledOn, leftOn, version);
    }
}
