package nl.uitzicht.analysis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.validation.InvalidInput;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A scoring round: some OPPs, one checklist version, the raters invited and the divergence threshold. */
@Entity
@Table(name = "scoring_round")
class ScoringRound {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String name;

    @Column(name = "checklist_id", nullable = false, updatable = false)
    private UUID checklistId;

    @Column(name = "divergence_threshold", nullable = false)
    private int divergenceThreshold;

    @Column(name = "organiser_id", nullable = false, updatable = false)
    private UUID organiserId;

    @Column(name = "organiser_name", nullable = false, updatable = false)
    private String organiserName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scoring_round_opp", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RoundOpp> opps = new ArrayList<>();

    @Version
    private long version;

    protected ScoringRound() {}

    ScoringRound(
            String name,
            UUID checklistId,
            int divergenceThreshold,
            UUID organiserId,
            String organiserName,
            List<RoundOpp> opps,
            Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.checklistId = checklistId;
        this.divergenceThreshold = divergenceThreshold;
        this.organiserId = organiserId;
        this.organiserName = organiserName;
        this.opps = new ArrayList<>(opps);
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    UUID getChecklistId() {
        return checklistId;
    }

    int getDivergenceThreshold() {
        return divergenceThreshold;
    }

    UUID getOrganiserId() {
        return organiserId;
    }

    String getOrganiserName() {
        return organiserName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getClosedAt() {
        return closedAt;
    }

    List<RoundOpp> getOpps() {
        return List.copyOf(opps);
    }

    long getVersion() {
        return version;
    }

    void close(Instant now) {
        closedAt = now;
    }

    /** The round's entry for an OPP; refused when the OPP is not in this round. */
    RoundOpp opp(UUID oppId) {
        return opps.stream()
                .filter(o -> o.oppId().equals(oppId))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("opps", "analysis.error.oppNotFound"));
    }

    /** Adds an OPP to the round (an upload whose masking was confirmed; ADR 0096). */
    void add(RoundOpp member) {
        if (opps.stream().anyMatch(o -> o.oppId().equals(member.oppId()))) {
            throw new InvalidInput("opps", "analysis.error.oppNotFound");
        }
        opps.add(member);
    }

    /** Refuses any change once the round is closed. */
    void requireOpen() {
        if (closedAt != null) {
            throw new InvalidInput("round", "analysis.error.closed");
        }
    }
}
