package nl.uitzicht.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
 * else saved in between, nothing is saved ({@link OppConflictException}), unless the plan already
 * holds exactly what this change stores: then it was this person's own earlier attempt, whose answer
 * was lost, and the change is confirmed without storing it twice (ADR 0072). Each change is one
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
        Factor factor = new Factor(
                UUID.randomUUID(),
                required("kind", kind),
                required("domain", domain),
                InvalidInput.text("description", description, SHORT, true));
        return change(
                scope,
                oppId,
                expectedVersion,
                "factor added",
                c -> c.factors().stream()
                        .anyMatch(f -> f.kind() == factor.kind()
                                && f.domain() == factor.domain()
                                && f.description().equals(factor.description())),
                version -> version.factors().add(factor));
    }

    public OppPlan removeFactor(StaffScope scope, UUID oppId, long expectedVersion, UUID factorKey) {
        return change(
                scope,
                oppId,
                expectedVersion,
                "factor removed",
                c -> c.factors().stream().noneMatch(f -> f.key().equals(factorKey)),
                version -> {
                    version.factors().removeIf(f -> f.key().equals(factorKey));
                    Uitstroomperspectief p = version.content().perspective();
                    if (p.factorKeys().contains(factorKey) && p.destination() != null) {
                        version.perspective(
                                p.destination(),
                                p.reasoning(),
                                p.factorKeys().stream()
                                        .filter(k -> !k.equals(factorKey))
                                        .toList(),
                                p.needed());
                    }
                });
    }

    public OppPlan savePerspective(
            StaffScope scope,
            UUID oppId,
            long expectedVersion,
            @Nullable ExitDestination destination,
            @Nullable String reasoning,
            List<UUID> factorKeys,
            @Nullable String needed) {
        Uitstroomperspectief wanted = new Uitstroomperspectief(
                required("destination", destination),
                InvalidInput.text("reasoning", reasoning, LONG, true),
                List.copyOf(factorKeys),
                InvalidInput.text("needed", needed, LONG, true));
        return change(
                scope,
                oppId,
                expectedVersion,
                "perspective saved",
                c -> c.perspective().equals(wanted),
                version -> {
                    Set<UUID> known =
                            version.factors().stream().map(Factor::key).collect(Collectors.toSet());
                    if (factorKeys.isEmpty() || !known.containsAll(factorKeys)) {
                        throw new InvalidInput("factorKeys", "opp.error.perspectiveFactors");
                    }
                    version.perspective(wanted.destination(), wanted.reasoning(), wanted.factorKeys(), wanted.needed());
                });
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
        if (targetOn != null && targetOn.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidInput("targetOn", "opp.error.targetInPast");
        }
        Goal goal = new Goal(
                UUID.randomUUID(),
                required("domain", domain),
                InvalidInput.text("description", description, SHORT, true),
                InvalidInput.text("baseline", baseline, SHORT, false),
                InvalidInput.text("measure", measure, SHORT, false),
                targetOn);
        return change(
                scope,
                oppId,
                expectedVersion,
                "goal added",
                c -> c.handelingsdeel().goals().stream()
                        .anyMatch(g -> g.domain() == goal.domain()
                                && g.description().equals(goal.description())
                                && Objects.equals(g.baseline(), goal.baseline())
                                && Objects.equals(g.measure(), goal.measure())
                                && Objects.equals(g.targetOn(), goal.targetOn())),
                version -> version.goals().add(goal));
    }

    public OppPlan removeGoal(StaffScope scope, UUID oppId, long expectedVersion, UUID goalKey) {
        return change(
                scope,
                oppId,
                expectedVersion,
                "goal removed",
                c -> c.goal(goalKey).isEmpty(),
                version -> {
                    boolean onlyGoalOfAnIntervention = version.interventions().stream()
                            .anyMatch(i -> i.goals().equals(List.of(goalKey)));
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
                });
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
        UUID category = required("supportCategory", supportCategoryId);
        if (categories.active().stream().map(SupportCategory::id).noneMatch(category::equals)) {
            throw new InvalidInput("supportCategory", "opp.error.unknownCategory");
        }
        Intervention intervention = new Intervention(
                UUID.randomUUID(),
                InvalidInput.text("description", description, SHORT, true),
                required("performer", performer),
                InvalidInput.text("frequency", frequency, 100, true),
                goalKeys.toArray(UUID[]::new),
                category,
                required("level", level));
        return change(
                scope,
                oppId,
                expectedVersion,
                "intervention added",
                c -> c.handelingsdeel().interventions().stream()
                        .anyMatch(i -> i.description().equals(intervention.description())
                                && i.performer() == intervention.performer()
                                && i.frequency().equals(intervention.frequency())
                                && i.goals().equals(intervention.goals())
                                && i.supportCategoryId().equals(intervention.supportCategoryId())
                                && i.level() == intervention.level()),
                version -> {
                    Set<UUID> goals = version.goals().stream().map(Goal::key).collect(Collectors.toSet());
                    if (goalKeys.isEmpty() || !goals.containsAll(goalKeys)) {
                        throw new InvalidInput("goals", "opp.error.interventionGoals");
                    }
                    version.interventions().add(intervention);
                });
    }

    public OppPlan removeIntervention(StaffScope scope, UUID oppId, long expectedVersion, UUID interventionKey) {
        return change(
                scope,
                oppId,
                expectedVersion,
                "intervention removed",
                c -> c.handelingsdeel().interventions().stream()
                        .noneMatch(i -> i.key().equals(interventionKey)),
                version -> version.interventions().removeIf(i -> i.key().equals(interventionKey)));
    }

    public OppPlan addAgreement(
            StaffScope scope, UUID oppId, long expectedVersion, @Nullable Party party, @Nullable String description) {
        Agreement agreement = new Agreement(
                UUID.randomUUID(),
                required("party", party),
                InvalidInput.text("description", description, SHORT, true));
        return change(
                scope,
                oppId,
                expectedVersion,
                "agreement added",
                c -> c.handelingsdeel().agreements().stream()
                        .anyMatch(a -> a.party() == agreement.party()
                                && a.description().equals(agreement.description())),
                version -> version.agreements().add(agreement));
    }

    public OppPlan removeAgreement(StaffScope scope, UUID oppId, long expectedVersion, UUID agreementKey) {
        return change(
                scope,
                oppId,
                expectedVersion,
                "agreement removed",
                c -> c.handelingsdeel().agreements().stream()
                        .noneMatch(a -> a.key().equals(agreementKey)),
                version -> version.agreements().removeIf(a -> a.key().equals(agreementKey)));
    }

    /** The pupil's view (hoorrecht): what they think of the plan and will do themselves. */
    public OppPlan savePupilView(
            StaffScope scope, UUID oppId, long expectedVersion, @Nullable String view, @Nullable LocalDate heardOn) {
        LocalDate on = required("heardOn", heardOn);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("heardOn", "opp.validation.dateInFuture");
        }
        String text = InvalidInput.text("pupilView", view, LONG, true);
        return change(
                scope,
                oppId,
                expectedVersion,
                "pupil view saved",
                c -> c.pupilView().equals(text) && on.equals(c.pupilHeardOn()),
                version -> version.pupilView(text, on));
    }

    /**
     * Applies {@code edit} to the current version if the plan is still at {@code expectedVersion}. If it
     * moved on and the current content already holds what this change would store ({@code stored}: the
     * same text saved by this person's earlier attempt whose answer was lost), the plan is returned as
     * it is: confirmed, not stored twice. Otherwise the plan moved for another reason: a conflict.
     */
    private OppPlan change(
            StaffScope scope,
            UUID oppId,
            long expectedVersion,
            String detail,
            Predicate<OppContent> stored,
            Consumer<OppVersion> edit) {
        Opp opp = access.load(scope, oppId);
        if (opp.getVersion() != expectedVersion) {
            if (opp.getState().editable() && stored.test(access.current(opp).content())) {
                access.audit(scope, opp, AuditAction.VIEW, detail + " already (retry)");
                return access.plan(scope, opp);
            }
            throw new OppConflictException();
        }
        if (!opp.getState().editable()) {
            throw new NotEditableException(opp.getState());
        }
        edit.accept(access.current(opp));
        return access.changed(scope, opp, AuditAction.UPDATE, detail);
    }

    static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new InvalidInput(field, "opp.validation.required");
        }
        return value;
    }
}
