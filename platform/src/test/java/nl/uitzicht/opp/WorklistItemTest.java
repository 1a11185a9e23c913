package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the worklist says about one OPP on a day: late, due soon, awaiting consent, evaluation due. */
class WorklistItemTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate SET_BY = Deadlines.setByFor(START);

    private static OppSummary opp(OppState state, LocalDate firstActive, LocalDate nextEvaluation) {
        return new OppSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Sanne",
                "7",
                UUID.randomUUID(),
                state,
                1,
                new Deadlines(START, SET_BY, firstActive, nextEvaluation));
    }

    private static Optional<WorklistItem.Reason> reason(OppSummary opp, LocalDate today) {
        return WorklistItem.of(opp, today).map(WorklistItem::reason);
    }

    @Test
    void aDraftIsDueSoonFromTwoWeeksBeforeTheDeadlineAndLateTheDayAfter() {
        OppSummary draft = opp(OppState.DRAFT, null, null);
        assertThat(reason(draft, SET_BY.minusDays(15))).isEmpty();
        assertThat(reason(draft, SET_BY.minusDays(14))).contains(WorklistItem.Reason.DUE_SOON);
        assertThat(reason(draft, SET_BY)).contains(WorklistItem.Reason.DUE_SOON);
        assertThat(reason(draft, SET_BY.plusDays(1))).contains(WorklistItem.Reason.LATE);
        assertThat(reason(opp(OppState.IN_CONSULTATION, null, null), SET_BY.plusDays(1)))
                .contains(WorklistItem.Reason.LATE);
        assertThat(WorklistItem.of(draft, SET_BY.plusDays(1)).orElseThrow().dueOn())
                .isEqualTo(SET_BY);
    }

    @Test
    void aPlanAwaitingConsentIsListedAndLateAfterTheSixWeeks() {
        OppSummary waiting = opp(OppState.AWAITING_CONSENT, null, null);
        assertThat(reason(waiting, START)).contains(WorklistItem.Reason.AWAITING_CONSENT);
        assertThat(reason(waiting, SET_BY)).contains(WorklistItem.Reason.AWAITING_CONSENT);
        assertThat(reason(waiting, SET_BY.plusDays(1))).contains(WorklistItem.Reason.LATE);
        // with a first consent date on record the deadline was met: waiting, not late
        assertThat(reason(opp(OppState.AWAITING_CONSENT, START.plusDays(10), null), SET_BY.plusDays(30)))
                .contains(WorklistItem.Reason.AWAITING_CONSENT);
    }

    @Test
    void anActivePlanShowsUpAMonthBeforeItsYearlyEvaluation() {
        LocalDate next = LocalDate.of(2027, 2, 10);
        OppSummary active = opp(OppState.ACTIVE, LocalDate.of(2026, 2, 10), next);
        assertThat(reason(active, next.minusDays(31))).isEmpty();
        assertThat(reason(active, next.minusDays(30))).contains(WorklistItem.Reason.EVALUATION_DUE);
        assertThat(reason(active, next.plusDays(100))).contains(WorklistItem.Reason.EVALUATION_DUE);
        assertThat(WorklistItem.of(active, next).orElseThrow().dueOn()).isEqualTo(next);
    }

    @Test
    void anEvaluationUnderWayIsAlwaysListedAndAClosedPlanNever() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(WorklistItem.of(opp(OppState.IN_EVALUATION, START, null), today)
                        .orElseThrow()
                        .dueOn())
                .isEqualTo(today);
        assertThat(reason(opp(OppState.IN_EVALUATION, START, LocalDate.of(2027, 1, 1)), today))
                .contains(WorklistItem.Reason.EVALUATION_DUE);
        assertThat(reason(opp(OppState.CLOSED, START, null), SET_BY.plusYears(2)))
                .isEmpty();
    }
}
