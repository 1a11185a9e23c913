package nl.uitzicht.achterban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.uitzicht.trainer.Checks;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** "Hoe krijg je de achterban mee?": Publiek, Situatie, Complexiteit, Vragen and the Kernboodschap. */
@Entity
@Table(name = "audience_analysis")
class AudienceAnalysis {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private UUID trainerId;

    private @Nullable String publiek;
    private @Nullable String situatie;
    private @Nullable String complexiteit;
    private @Nullable String vragen;
    private @Nullable String kernboodschap;

    @Version
    private long version;

    protected AudienceAnalysis() {}

    AudienceAnalysis(UUID trainerId) {
        this.id = UUID.randomUUID();
        this.trainerId = trainerId;
    }

    void apply(AudienceDraft draft) {
        publiek = Checks.clean(draft.publiek());
        situatie = Checks.clean(draft.situatie());
        complexiteit = Checks.clean(draft.complexiteit());
        vragen = Checks.clean(draft.vragen());
        kernboodschap = Checks.clean(draft.kernboodschap());
    }

    long getVersion() {
        return version;
    }

    AudienceView view() {
        return new AudienceView(new AudienceDraft(publiek, situatie, complexiteit, vragen, kernboodschap), version);
    }
}
