package nl.uitzicht.opp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One version of an OPP's content. The current version is edited while the plan is a draft, in
 * consultation or being evaluated; consented versions are kept unchanged and stay readable. Its four
 * lists are read with one statement each for all versions a query returns ({@code SUBSELECT}), not one
 * per version: the history of a plan with many versions costs the same statements as one with one
 * (issue 13, {@code OppStatementCountTest}).
 */
@Entity
@Table(name = "opp_version")
class OppVersion {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "consented_on")
    private @Nullable LocalDate consentedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_destination")
    private @Nullable ExitDestination exitDestination;

    @Column(name = "perspective_reasoning")
    private @Nullable String perspectiveReasoning;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "perspective_factor_keys")
    private UUID @Nullable [] perspectiveFactorKeys;

    @Column(name = "perspective_needed")
    private @Nullable String perspectiveNeeded;

    @Column(name = "pupil_view")
    private @Nullable String pupilView;

    @Column(name = "pupil_heard_on")
    private @Nullable LocalDate pupilHeardOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "opp_factor", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Factor> factors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "opp_goal", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Goal> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "opp_intervention", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Intervention> interventions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "opp_agreement", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Agreement> agreements = new ArrayList<>();

    protected OppVersion() {}

    OppVersion(UUID oppId, int versionNo, Instant now) {
        this.id = UUID.randomUUID();
        this.oppId = oppId;
        this.versionNo = versionNo;
        this.createdAt = now;
    }

    /** The next version, starting as a copy of this one (the pupil's view is asked again). */
    OppVersion copyAs(int newVersionNo, Instant now) {
        OppVersion next = new OppVersion(oppId, newVersionNo, now);
        next.exitDestination = exitDestination;
        next.perspectiveReasoning = perspectiveReasoning;
        next.perspectiveFactorKeys = perspectiveFactorKeys == null ? null : perspectiveFactorKeys.clone();
        next.perspectiveNeeded = perspectiveNeeded;
        next.factors.addAll(factors);
        next.goals.addAll(goals);
        next.interventions.addAll(interventions);
        next.agreements.addAll(agreements);
        return next;
    }

    /**
     * A new plan's start from the pupil's previous plan (ADR 0081): factors, perspective, goals without their
     * target dates (a new year, new dates) and interventions. Not the agreements, the pupil's view or consent.
     */
    void carryOver(OppVersion previous) {
        exitDestination = previous.exitDestination;
        perspectiveReasoning = previous.perspectiveReasoning;
        perspectiveFactorKeys = previous.perspectiveFactorKeys == null ? null : previous.perspectiveFactorKeys.clone();
        perspectiveNeeded = previous.perspectiveNeeded;
        factors.addAll(previous.factors);
        previous.goals.forEach(
                g -> goals.add(new Goal(g.key(), g.domain(), g.description(), g.baseline(), g.measure(), null)));
        interventions.addAll(previous.interventions);
    }

    /** A new plan's start from a template's content. */
    void fill(List<Factor> newFactors, List<Goal> newGoals, List<Intervention> newInterventions) {
        factors.addAll(newFactors);
        goals.addAll(newGoals);
        interventions.addAll(newInterventions);
    }

    List<Factor> factors() {
        return factors;
    }

    List<Goal> goals() {
        return goals;
    }

    List<Intervention> interventions() {
        return interventions;
    }

    List<Agreement> agreements() {
        return agreements;
    }

    void perspective(ExitDestination destination, String reasoning, List<UUID> factorKeys, String needed) {
        this.exitDestination = destination;
        this.perspectiveReasoning = reasoning;
        this.perspectiveFactorKeys = factorKeys.toArray(UUID[]::new);
        this.perspectiveNeeded = needed;
    }

    void pupilView(String view, LocalDate heardOn) {
        this.pupilView = view;
        this.pupilHeardOn = heardOn;
    }

    void consented(LocalDate on) {
        this.consentedOn = on;
    }

    int getVersionNo() {
        return versionNo;
    }

    OppContent content() {
        List<UUID> keys = perspectiveFactorKeys == null ? List.of() : List.of(perspectiveFactorKeys);
        return new OppContent(
                versionNo,
                createdAt,
                consentedOn,
                List.copyOf(factors),
                new Uitstroomperspectief(exitDestination, nz(perspectiveReasoning), keys, nz(perspectiveNeeded)),
                new Handelingsdeel(List.copyOf(goals), List.copyOf(interventions), List.copyOf(agreements)),
                nz(pupilView),
                pupilHeardOn);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
