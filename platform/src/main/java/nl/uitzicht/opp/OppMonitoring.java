package nl.uitzicht.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring: teachers register, dated and signed, how the support went and how the pupil progressed on
 * a goal or intervention of the active plan, with a measured value where there is one (a scale level or a
 * test score against its norm, ADR 0083). Feeds the evaluation. Observations are added, never edited, so
 * they do not take part in the plan's optimistic locking; instead each form attempt carries an id, and a
 * retry of an attempt whose answer was lost finds the note it already added rather than adding it twice
 * (ADR 0072).
 */
@Service
@Transactional
@StaffOnly
public class OppMonitoring {

    /** How a date is named in a message (the messages are Dutch first). */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final OppAccess access;
    private final ObservationRows observations;
    private final Clock clock;

    OppMonitoring(OppAccess access, ObservationRows observations, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.observations = observations;
    }

    /** A note without a measured value: {@link #record} with {@link ObservationInput#note}. */
    public Observation log(
            StaffScope scope,
            UUID oppId,
            UUID attemptId,
            @Nullable UUID goalKey,
            @Nullable UUID interventionKey,
            @Nullable LocalDate observedOn,
            @Nullable String note) {
        return record(scope, oppId, attemptId, ObservationInput.note(goalKey, interventionKey, observedOn, note));
    }

    /**
     * Adds an observation, or, when {@code attemptId} already added one to this plan (a retry after a lost
     * answer), returns that one unchanged. The date lies between the start of the extra support and today;
     * a measured value needs a goal and lies on its scale; a note is required when nothing is measured.
     */
    public Observation record(StaffScope scope, UUID oppId, UUID attemptId, ObservationInput input) {
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
        UUID goalKey = input.goalKey();
        UUID interventionKey = input.interventionKey();
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
        LocalDate on = OppEditor.required("observedOn", input.observedOn());
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("observedOn", "opp.validation.dateInFuture");
        }
        LocalDate start = opp.deadlines().supportStartedOn();
        if (on.isBefore(start)) {
            throw new InvalidInput("observedOn", "opp.validation.beforeSupportStart", DATE.format(start));
        }
        Measurement measurement = Measurement.of(input.measureKind(), input.value(), input.target());
        if (measurement != null && goalKey == null) {
            throw new InvalidInput("goal", "opp.validation.measureNeedsGoal");
        }
        ObservationRecord saved = observations.save(new ObservationRecord(
                opp.getId(),
                attemptId,
                opp.getCurrentVersionNo(),
                goalKey,
                interventionKey,
                on,
                measurement,
                InvalidInput.text("note", input.note(), OppEditor.LONG, measurement == null),
                scope.name(),
                access.now()));
        access.audit(
                scope,
                opp,
                AuditAction.UPDATE,
                measurement == null ? "observation logged" : "observation logged with a measured value");
        return saved.view();
    }
}
