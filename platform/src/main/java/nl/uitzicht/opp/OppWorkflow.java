package nl.uitzicht.opp;

import static nl.uitzicht.opp.OppEditor.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPP's workflow: DRAFT → IN_CONSULTATION → AWAITING_CONSENT → ACTIVE → IN_EVALUATION → ACTIVE
 * (new version) or CLOSED. The ways out and the mid-year adjustment are in {@link OppLifecycle}. Only the allowed steps are possible ({@link IllegalTransitionException}
 * otherwise); only the parents' consent, recorded as a conversation, makes a plan ACTIVE. The steps that
 * ask the parents something publish {@link ParentsAsked} (the parents are mailed after the commit).
 */
@Service
@Transactional
@StaffOnly
public class OppWorkflow {

    private final OppAccess access;
    private final ConversationRows conversations;
    private final EvaluationRows evaluations;
    private final Clock clock;

    OppWorkflow(OppAccess access, ConversationRows conversations, EvaluationRows evaluations, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.conversations = conversations;
        this.evaluations = evaluations;
    }

    /** Talk the draft through with parents and pupil. */
    public OppPlan startConsultation(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        opp.moveTo(OppState.IN_CONSULTATION, access.now());
        OppPlan plan = access.changed(scope, opp, AuditAction.UPDATE, "state IN_CONSULTATION");
        access.askParents(opp, ParentsAsked.Occasion.INPUT_WANTED);
        return plan;
    }

    /** Ask the parents' consent to the handelingsdeel; the plan must have its three legal parts. */
    public OppPlan requestConsent(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (!opp.getState().canMoveTo(OppState.AWAITING_CONSENT)) {
            throw new IllegalTransitionException(opp.getState(), OppState.AWAITING_CONSENT);
        }
        List<String> missing = missingParts(access.current(opp).content());
        if (!missing.isEmpty()) {
            throw new IncompletePlanException(missing);
        }
        opp.moveTo(OppState.AWAITING_CONSENT, access.now());
        OppPlan plan = access.changed(scope, opp, AuditAction.UPDATE, "state AWAITING_CONSENT");
        access.askParents(opp, ParentsAsked.Occasion.CONSENT_ASKED);
        return plan;
    }

    /**
     * Records a conversation with parents. With an outcome it is the consent conversation (only while
     * awaiting consent): consent makes the plan ACTIVE, no consent sends it back to consultation.
     * When {@code attemptId} already recorded a conversation (a retry after a lost answer), nothing is
     * added and the plan is returned as it is.
     */
    public OppPlan recordConversation(
            StaffScope scope, UUID oppId, long expectedVersion, UUID attemptId, ConversationInput input) {
        Opp earlier = access.load(scope, oppId);
        if (conversations.findByOppIdAndAttemptId(earlier.getId(), attemptId).isPresent()) {
            return alreadyRecorded(scope, earlier, "conversation already recorded (retry)");
        }
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (!opp.getState().open()) {
            throw new NotEditableException(opp.getState());
        }
        LocalDate heldOn = pastDate("heldOn", input.heldOn());
        String participants = InvalidInput.text("participants", input.participants(), 300, true);
        String discussed = InvalidInput.text("discussed", input.discussed(), OppEditor.LONG, true);
        ConsentOutcome outcome = input.outcome();
        String remarks = InvalidInput.text(
                "parentsRemarks",
                input.parentsRemarks(),
                OppEditor.LONG,
                outcome != null && outcome != ConsentOutcome.CONSENT);
        if (outcome != null && opp.getState() != OppState.AWAITING_CONSENT) {
            throw new IllegalTransitionException(opp.getState(), OppState.ACTIVE);
        }
        conversations.save(new ConversationRecord(
                opp.getId(),
                attemptId,
                opp.getCurrentVersionNo(),
                heldOn,
                participants,
                discussed,
                outcome,
                remarks,
                scope.name(),
                access.now()));
        if (outcome == null) {
            return access.changed(scope, opp, AuditAction.UPDATE, "conversation recorded");
        }
        if (outcome.agrees()) {
            opp.moveTo(OppState.ACTIVE, access.now());
            opp.activate(heldOn);
            access.current(opp).consented(heldOn);
        } else {
            // A refused adjustment goes back to adjusting; the consented version stays in force meanwhile.
            opp.moveTo(opp.everActive() ? OppState.ADJUSTING : OppState.IN_CONSULTATION, access.now());
        }
        return access.changed(scope, opp, AuditAction.CONSENT, outcome.name());
    }

    /** Starts the evaluation: a new version is opened as a copy of the active one, to adjust. */
    public OppPlan startEvaluation(StaffScope scope, UUID oppId, long expectedVersion) {
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        opp.moveTo(OppState.IN_EVALUATION, access.now());
        OppVersion active = access.current(opp);
        opp.nextVersion();
        access.versions().save(active.copyAs(opp.getCurrentVersionNo(), access.now()));
        OppPlan plan = access.changed(
                scope, opp, AuditAction.UPDATE, "state IN_EVALUATION, version " + opp.getCurrentVersionNo());
        access.askParents(opp, ParentsAsked.Occasion.EVALUATION_DUE);
        return plan;
    }

    /**
     * Records the evaluation of the version that was active (every goal: achieved, partly or not,
     * with an explanation; the pupil's and parents' view) and either continues with the adjusted
     * new version (ACTIVE, needs the parents' consent) or closes the plan. When {@code attemptId}
     * already recorded this evaluation (a retry after a lost answer), the plan is returned as it is.
     */
    public OppPlan completeEvaluation(
            StaffScope scope, UUID oppId, long expectedVersion, UUID attemptId, EvaluationInput input) {
        Opp earlier = access.load(scope, oppId);
        if (evaluations.findByOppIdAndAttemptId(earlier.getId(), attemptId).isPresent()) {
            return alreadyRecorded(scope, earlier, "evaluation already recorded (retry)");
        }
        Opp opp = access.forChange(scope, oppId, expectedVersion);
        if (opp.getState() != OppState.IN_EVALUATION) {
            throw new IllegalTransitionException(
                    opp.getState(), input.decision() == EvaluationDecision.CLOSE ? OppState.CLOSED : OppState.ACTIVE);
        }
        LocalDate on = pastDate("evaluatedOn", input.evaluatedOn());
        String participants = InvalidInput.text("participants", input.participants(), 300, true);
        String pupilView = InvalidInput.text("pupilView", input.pupilView(), OppEditor.LONG, true);
        String parentsView = InvalidInput.text("parentsView", input.parentsView(), OppEditor.LONG, true);
        EvaluationDecision decision = required("decision", input.decision());
        int evaluatedNo = opp.getCurrentVersionNo() - 1;
        List<GoalEvaluation> goals =
                goalResults(access.version(opp, evaluatedNo).goals(), input.goals());
        evaluations.save(new EvaluationRecord(
                opp.getId(),
                attemptId,
                evaluatedNo,
                on,
                pupilView,
                parentsView,
                decision,
                goals,
                scope.name(),
                access.now()));
        if (decision == EvaluationDecision.CLOSE) {
            opp.moveTo(OppState.CLOSED, access.now());
            opp.evaluated(on, true);
            access.versions().delete(access.current(opp));
            opp.previousVersion();
            return access.changed(scope, opp, AuditAction.UPDATE, "evaluated, closed");
        }
        ConsentOutcome consent = required("parentsConsent", input.parentsConsent());
        if (!consent.agrees()) {
            throw new InvalidInput("parentsConsent", "opp.error.evaluationNeedsConsent");
        }
        if (access.current(opp).content().pupilView().isBlank()) {
            access.current(opp).pupilView(pupilView, on);
        }
        List<String> missing = missingParts(access.current(opp).content());
        if (!missing.isEmpty()) {
            throw new IncompletePlanException(missing);
        }
        conversations.save(new ConversationRecord(
                opp.getId(),
                null,
                opp.getCurrentVersionNo(),
                on,
                participants,
                parentsView,
                consent,
                consent == ConsentOutcome.CONSENT ? "" : parentsView,
                scope.name(),
                access.now()));
        opp.moveTo(OppState.ACTIVE, access.now());
        opp.evaluated(on, false);
        access.current(opp).consented(on);
        access.audit(scope, opp, AuditAction.CONSENT, consent.name() + " (evaluation)");
        return access.changed(
                scope, opp, AuditAction.UPDATE, "evaluated, version " + opp.getCurrentVersionNo() + " active");
    }

    /** The plan as it is, for a retry whose attempt was already stored: read, not changed. */
    private OppPlan alreadyRecorded(StaffScope scope, Opp opp, String detail) {
        access.audit(scope, opp, AuditAction.VIEW, detail);
        return access.plan(scope, opp);
    }

    /**
     * What keeps a plan from going to the parents: i18n keys of the missing legal parts (the one definition,
     * {@link OppContent#missingLegalParts()}) and of the pupil's view, which the workflow also asks for.
     */
    static List<String> missingParts(OppContent content) {
        List<String> missing = new ArrayList<>(
                content.missingLegalParts().stream().map(LegalPart::messageKey).toList());
        if (content.pupilView().isBlank()) {
            missing.add("opp.missing.pupilView");
        }
        return missing;
    }

    private static List<GoalEvaluation> goalResults(List<Goal> goals, List<GoalEvaluation> given) {
        Map<UUID, GoalEvaluation> byGoal =
                given.stream().collect(Collectors.toMap(GoalEvaluation::goalKey, Function.identity(), (a, b) -> b));
        List<GoalEvaluation> results = new ArrayList<>();
        for (Goal goal : goals) {
            GoalEvaluation e = byGoal.get(goal.key());
            if (e == null) {
                throw new InvalidInput("goals", "opp.error.evaluateEveryGoal");
            }
            results.add(new GoalEvaluation(
                    goal.key(), e.result(), InvalidInput.text("explanation", e.explanation(), OppEditor.SHORT, true)));
        }
        return results;
    }

    private LocalDate pastDate(String field, @Nullable LocalDate date) {
        LocalDate value = required(field, date);
        if (value.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput(field, "opp.validation.dateInFuture");
        }
        return value;
    }
}
