package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;

/** An OPP that needs the staff member's attention, why, and by when. */
public record WorklistItem(OppSummary opp, Reason reason, LocalDate dueOn) implements Serializable {

    public enum Reason {
        /** Not set within 6 weeks after enrolment or start of extra support. */
        LATE,
        /** The 6-week deadline is within two weeks. */
        DUE_SOON,
        /** Waiting for the parents' consent to the handelingsdeel. */
        AWAITING_CONSENT,
        /** The yearly evaluation is due within a month, overdue, or under way. */
        EVALUATION_DUE
    }

    /** What the worklist says about one OPP on {@code today}, if anything. */
    static java.util.Optional<WorklistItem> of(OppSummary opp, LocalDate today) {
        Deadlines d = opp.deadlines();
        return switch (opp.state()) {
            case DRAFT, IN_CONSULTATION -> {
                if (today.isAfter(d.setBy())) {
                    yield java.util.Optional.of(new WorklistItem(opp, Reason.LATE, d.setBy()));
                }
                if (d.daysUntilSetBy(today) <= Deadlines.DUE_SOON_DAYS) {
                    yield java.util.Optional.of(new WorklistItem(opp, Reason.DUE_SOON, d.setBy()));
                }
                yield java.util.Optional.empty();
            }
            case AWAITING_CONSENT ->
                java.util.Optional.of(new WorklistItem(
                        opp,
                        today.isAfter(d.setBy()) && d.firstActiveOn() == null ? Reason.LATE : Reason.AWAITING_CONSENT,
                        d.setBy()));
            case ACTIVE, ADJUSTING ->
                d.nextEvaluationOn() != null
                                && !d.nextEvaluationOn().isAfter(today.plusDays(Deadlines.EVALUATION_NOTICE_DAYS))
                        ? java.util.Optional.of(new WorklistItem(opp, Reason.EVALUATION_DUE, d.nextEvaluationOn()))
                        : java.util.Optional.empty();
            case IN_EVALUATION ->
                java.util.Optional.of(new WorklistItem(
                        opp, Reason.EVALUATION_DUE, d.nextEvaluationOn() == null ? today : d.nextEvaluationOn()));
            case CLOSED, DISCARDED -> java.util.Optional.empty();
        };
    }
}
