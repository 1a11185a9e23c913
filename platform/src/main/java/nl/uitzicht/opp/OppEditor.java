package nl.uitzicht.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the content of the current version: factors, perspective, goals, interventions,
 * agreements and the pupil's view. Each change names the plan version the editor saw; if someone
 * else saved in between, nothing is saved ({@link OppConflictException}). Each change is one
 * transaction: it lands completely or not at all.
 */
@Service
@Transactional
@StaffOnly
public class OppEditor {

    static final int SHORT = 500;
    static final int LONG = 2000;

    private final OppAccess access;
    private final SupportCategories categories;
    private final Clock clock;

    OppEditor(OppAccess access, SupportCategories categories, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.categories = categories;
    }

    public OppPlan addFactor(
            StaffScope scope,
            UUID oppId,
            long expectedVersion,
            @Nullable FactorKind kind,
            @Nullable FactorDomain domain,
            @Nullable String description) {
        Opp opp = editable(scope, oppId, expectedVersion);
        access.current(opp)
                .factors()
                .add(new Factor(
                        UUID.randomUUID(),
                        required("kind", kind),
                        required("domain", domain),
                        InvalidInput.text("description", description, SHORT, true)));
        return access.changed(scope, opp, AuditAction.UPDATE, "factor added");
    }

    public OppPlan removeFactor(StaffScope scope, UUID oppId, long expectedVersion, UUID factorKey) {
        Opp opp = editable(scope, oppId, expectedVersion);
        OppVersion version = access.current(opp);
        version.factors().removeIf(f -> f.key().equals(factorKey));
        Uitstroomperspectief p = version.content().perspective();
        if (p.factorKeys().contains(factorKey) && p.destination() != null) {
            version.perspective(
                    p.destination(),
                    p.reasoning(),
                    p.factorKeys().stream().filter(k -> !k.equals(factorKey)).toList(),
                    p.needed());
        }
        return access.changed(scope, opp, AuditAction.UPDATE, "factor removed");
    }

    public OppPlan savePerspective(
            StaffScope scope,
            UUID oppId,
            long expectedVersion,
            @Nullable ExitDestination destination,
            @Nullable String reasoning,
            List<UUID> factorKeys,
            @Nullable String needed) {
        Opp opp = editable(scope, oppId, expectedVersion);
        OppVersion version = access.current(opp);
        Set<UUID> known = version.factors().stream().map(Factor::key).collect(Collectors.toSet());
        if (factorKeys.isEmpty() || !known.containsAll(factorKeys)) {
            throw new InvalidInput("factorKeys", "opp.error.perspectiveFactors");
        }
        version.perspective(
                required("destination", destination),
                InvalidInput.text("reasoning", reasoning, LONG, true),
                List.copyOf(factorKeys),
                InvalidInput.text("needed", needed, LONG, true));
        return access.changed(scope, opp, AuditAction.UPDATE, "perspective saved");
    }

    public OppPlan addGoal(
            StaffScope scope,
            UUID oppId,
            long expectedVersion,
            @Nullable FactorDomain domain,
            @Nullable String description,
            @Nullable String baseline,
            @Nullable String measure,
            @Nullable LocalDate targetOn) {
        Opp opp = editable(scope, oppId, expectedVersion);
        if (targetOn != null && targetOn.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidInput("targetOn", "opp.error.targetInPast");
        }
        access.current(opp)
                .goals()
                .add(new Goal(
                        UUID.randomUUID(),
                        required("domain", domain),
                        InvalidInput.text("description", description, SHORT, true),
                        InvalidInput.text("baseline", baseline, SHORT, false),
                        InvalidInput.text("measure", measure, SHORT, false),
                        targetOn));
        return access.changed(scope, opp, AuditAction.UPDATE, "goal added");
    }

    public OppPlan removeGoal(StaffScope scope, UUID oppId, long expectedVersion, UUID goalKey) {
        Opp opp = editable(scope, oppId, expectedVersion);
        OppVersion version = access.current(opp);
        boolean onlyGoalOfAnIntervention =
                version.interventions().stream().anyMatch(i -> i.goals().equals(List.of(goalKey)));
        if (onlyGoalOfAnIntervention) {
            throw new InvalidInput("goal", "opp.error.goalInUse");
        }
        version.interventions()
                .replaceAll(i -> i.goals().contains(goalKey)
                        ? new Intervention(
                                i.key(),
                                i.description(),
                                i.performer(),
                                i.frequency(),
                                i.goals().stream()
                                        .filter(k -> !k.equals(goalKey))
                                        .toArray(UUID[]::new),
                                i.supportCategoryId(),
                                i.level())
                        : i);
        version.goals().removeIf(g -> g.key().equals(goalKey));
        return access.changed(scope, opp, AuditAction.UPDATE, "goal removed");
    }

    public OppPlan addIntervention(
            StaffScope scope,
            UUID oppId,
            long expectedVersion,
            @Nullable String description,
            @Nullable Performer performer,
            @Nullable String frequency,
            List<UUID> goalKeys,
            @Nullable UUID supportCategoryId,
            @Nullable SupportLevel level) {
        Opp opp = editable(scope, oppId, expectedVersion);
        OppVersion version = access.current(opp);
        Set<UUID> goals = version.goals().stream().map(Goal::key).collect(Collectors.toSet());
        if (goalKeys.isEmpty() || !goals.containsAll(goalKeys)) {
            throw new InvalidInput("goals", "opp.error.interventionGoals");
        }
        UUID category = required("supportCategory", supportCategoryId);
        if (categories.active().stream().map(SupportCategory::id).noneMatch(category::equals)) {
            throw new InvalidInput("supportCategory", "opp.error.unknownCategory");
        }
        version.interventions()
                .add(new Intervention(
                        UUID.randomUUID(),
                        InvalidInput.text("description", description, SHORT, true),
                        required("performer", performer),
                        InvalidInput.text("frequency", frequency, 100, true),
                        goalKeys.toArray(UUID[]::new),
                        category,
                        required("level", level)));
        return access.changed(scope, opp, AuditAction.UPDATE, "intervention added");
    }

    public OppPlan removeIntervention(StaffScope scope, UUID oppId, long expectedVersion, UUID interventionKey) {
        Opp opp = editable(scope, oppId, expectedVersion);
        access.current(opp).interventions().removeIf(i -> i.key().equals(interventionKey));
        return access.changed(scope, opp, AuditAction.UPDATE, "intervention removed");
    }

    public OppPlan addAgreement(
            StaffScope scope, UUID oppId, long expectedVersion, @Nullable Party party, @Nullable String description) {
        Opp opp = editable(scope, oppId, expectedVersion);
        access.current(opp)
                .agreements()
                .add(new Agreement(
                        UUID.randomUUID(),
                        required("party", party),
                        InvalidInput.text("description", description, SHORT, true)));
        return access.changed(scope, opp, AuditAction.UPDATE, "agreement added");
    }

    public OppPlan removeAgreement(StaffScope scope, UUID oppId, long expectedVersion, UUID agreementKey) {
        Opp opp = editable(scope, oppId, expectedVersion);
        access.current(opp).agreements().removeIf(a -> a.key().equals(agreementKey));
        return access.changed(scope, opp, AuditAction.UPDATE, "agreement removed");
    }

    /** The pupil's view (hoorrecht): what they think of the plan and will do themselves. */
    public OppPlan savePupilView(
            StaffScope scope, UUID oppId, long expectedVersion, @Nullable String view, @Nullable LocalDate heardOn) {
        Opp opp = editable(scope, oppId, expectedVersion);
        LocalDate on = required("heardOn", heardOn);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("heardOn", "opp.validation.dateInFuture");
        }
        access.current(opp).pupilView(InvalidInput.text("pupilView", view, LONG, true), on);
        return access.changed(scope, opp, AuditAction.UPDATE, "pupil view saved");
    }

    private Opp editable(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (!opp.getState().editable()) {
            throw new NotEditableException(opp.getState());
        }
        return opp;
    }

    static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new InvalidInput(field, "opp.validation.required");
        }
        return value;
    }
}
