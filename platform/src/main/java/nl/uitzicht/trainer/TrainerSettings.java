package nl.uitzicht.trainer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A region's rules for its trainers: how many active buddies one trainer may have. */
@Entity
@Table(name = "trainer_settings")
class TrainerSettings {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "max_active_buddies")
    private int maxActiveBuddies;

    @Version
    private long version;

    protected TrainerSettings() {}

    TrainerSettings(int maxActiveBuddies) {
        this.id = UUID.randomUUID();
        this.maxActiveBuddies = maxActiveBuddies;
    }

    int getMaxActiveBuddies() {
        return maxActiveBuddies;
    }

    void setMaxActiveBuddies(int value) {
        this.maxActiveBuddies = value;
    }
}
