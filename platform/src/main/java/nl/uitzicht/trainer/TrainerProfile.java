package nl.uitzicht.trainer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A trainer's programme group and what they hope to achieve in the coming two years. */
@Entity
@Table(name = "trainer_profile")
class TrainerProfile {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    @Column(name = "programme_group")
    private @Nullable String programmeGroup;

    @Column(name = "two_year_hope")
    private @Nullable String twoYearHope;

    @Version
    private long version;

    protected TrainerProfile() {}

    TrainerProfile(UUID trainerId) {
        this.id = UUID.randomUUID();
        this.trainerId = trainerId;
    }

    UUID getTrainerId() {
        return trainerId;
    }

    long getVersion() {
        return version;
    }

    void change(@Nullable String group, @Nullable String hope) {
        this.programmeGroup = Checks.clean(group);
        this.twoYearHope = Checks.clean(hope);
    }

    TrainerProfileView view() {
        return new TrainerProfileView(programmeGroup, twoYearHope, version);
    }
}
