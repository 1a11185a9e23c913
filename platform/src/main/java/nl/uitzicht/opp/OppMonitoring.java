package nl.uitzicht.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring: teachers register, dated and signed, how the support went and how the pupil
 * progressed on a goal or intervention of the active plan. Feeds the evaluation. Observations are
 * added, never edited, so they do not take part in the plan's optimistic locking; instead each form
 * attempt carries an id, and a retry of an attempt whose answer was lost finds the note it already
 * added rather than adding it twice (ADR 0072).
 */
@Service
@Transactional
@StaffOnly
public class OppMonitoring {

    private final OppAccess access;
    private final ObservationRows observations;
    private final Clock clock;

    OppMonitoring(OppAccess access, ObservationRows observations, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.observations = observations;
    }

    /**
     * Adds a note, or, when {@code attemptId} already added one to this plan (a retry after a lost
     * answer), returns that note unchanged.
     */
    public Observation log(
            StaffScope scope,
            UUID oppId,
            UUID attemptId,
            @Nullable UUID goalKey,
            @Nullable UUID interventionKey,
            @Nullable LocalDate observedOn,
            @Nullable String note) {
        Opp opp = access.load(scope, oppId);
        var earlier = observations.findByOppIdAndAttemptId(opp.getId(), attemptId);
        if (earlier.isPresent()) {
            access.audit(scope, opp, AuditAction.VIEW, "observation already logged (retry)");
            return earlier.get().view();
        }
        if (!opp.getState().consented()) {
            throw new NotEditableException(opp.getState());
        }
        OppContent content = access.current(opp).content();
        if (goalKey == null && interventionKey == null) {
            throw new InvalidInput("goal", "opp.error.observationSubject");
        }
        if (goalKey != null && content.goal(goalKey).isEmpty()) {
            throw new InvalidInput("goal", "opp.error.observationSubject");
        }
        if (interventionKey != null
                && content.handelingsdeel().interventions().stream()
                        .noneMatch(i -> i.key().equals(interventionKey))) {
            throw new InvalidInput("intervention", "opp.error.observationSubject");
        }
        LocalDate on = OppEditor.required("observedOn", observedOn);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("observedOn", "opp.validation.dateInFuture");
        }
        ObservationRecord saved = observations.save(new ObservationRecord(
                opp.getId(),
                attemptId,
                opp.getCurrentVersionNo(),
                goalKey,
                interventionKey,
                on,
                InvalidInput.text("note", note, OppEditor.LONG, true),
                scope.name(),
                access.now()));
        access.audit(scope, opp, AuditAction.UPDATE, "observation logged");
        return saved.view();
    }
}
