package nl.uitzicht.analysis;

import static nl.uitzicht.analysis.AutomaticCheck.Outcome.FAIL;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.NOT_DUE;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.opp.Agreement;
import nl.uitzicht.opp.Deadlines;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Handelingsdeel;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppReviewCopy;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.opp.Uitstroomperspectief;
import org.junit.jupiter.api.Test;

/**
 * The legal checks computed from an OPP's own data, on a given day: the three parts, parental
 * consent, the pupil's view (hoorrecht), set within 6 weeks, evaluated within a year, at most 5 pages.
 */
class AutomaticChecksRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate SET_BY = START.plusWeeks(6);

    private static OppContent complete() {
        UUID goal = UUID.randomUUID();
        UUID hindering = UUID.randomUUID();
        return new OppContent(
                1,
                Instant.EPOCH,
                null,
                List.of(
                        new Factor(hindering, FactorKind.HINDERING, FactorDomain.LEARNING, "Leest traag"),
                        new Factor(UUID.randomUUID(), FactorKind.HELPING, FactorDomain.HOME, "Betrokken ouders")),
                new Uitstroomperspectief(
                        ExitDestination.VMBO_K, "Gezien het leestempo", List.of(hindering), "Leeshulp"),
                new Handelingsdeel(
                        List.of(new Goal(
                                goal,
                                FactorDomain.LEARNING,
                                "AVI E5",
                                "AVI M4",
                                "AVI-toets",
                                LocalDate.of(2026, 6, 1))),
                        List.of(new Intervention(
                                UUID.randomUUID(),
                                "Dagelijks lezen",
                                Performer.TEACHER,
                                "dagelijks",
                                new UUID[] {goal},
                                UUID.randomUUID(),
                                SupportLevel.EXTRA)),
                        List.of(new Agreement(UUID.randomUUID(), Party.PARENTS, "Thuis lezen"))),
                "Ik wil beter lezen.",
                START);
    }

    private static OppReviewCopy opp(
            OppState state, OppContent content, LocalDate firstActiveOn, LocalDate nextEvaluation) {
        return new OppReviewCopy(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                null,
                state,
                new Deadlines(START, SET_BY, firstActiveOn, nextEvaluation),
                content);
    }

    private static CheckReport check(OppReviewCopy opp, int pages, LocalDate today) {
        return AutomaticChecks.evaluate(opp, pages, today);
    }

    @Test
    void aCompletePlanConsentedOnTheLastDayOfTheSixWeeksPassesEverything() {
        CheckReport report =
                check(opp(OppState.ACTIVE, complete(), SET_BY, SET_BY.plusYears(1)), 3, SET_BY.plusDays(10));
        assertThat(report.outcomes())
                .containsOnlyKeys(AutomaticCheck.values())
                .allSatisfy((k, v) -> assertThat(v).as(k.name()).isEqualTo(PASS));
        assertThat(report.compliant()).isTrue();
        assertThat(report.pages()).isEqualTo(3);
    }

    @Test
    void consentADayAfterTheSixWeeksFailsTheDeadline() {
        CheckReport report =
                check(opp(OppState.ACTIVE, complete(), SET_BY.plusDays(1), SET_BY.plusYears(1)), 2, SET_BY.plusDays(2));
        assertThat(report.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(FAIL);
        assertThat(report.outcome(AutomaticCheck.CONSENT)).isEqualTo(PASS);
        assertThat(report.compliant()).isFalse();
    }

    @Test
    void aDraftWithinTheSixWeeksIsNotDueYetForConsentOrDeadline() {
        CheckReport onLastDay = check(opp(OppState.DRAFT, complete(), null, null), 1, SET_BY);
        assertThat(onLastDay.outcome(AutomaticCheck.CONSENT)).isEqualTo(NOT_DUE);
        assertThat(onLastDay.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(NOT_DUE);
        assertThat(onLastDay.outcome(AutomaticCheck.EVALUATED_WITHIN_YEAR)).isEqualTo(NOT_DUE);
        assertThat(onLastDay.compliant()).isTrue();

        CheckReport dayAfter = check(opp(OppState.IN_CONSULTATION, complete(), null, null), 1, SET_BY.plusDays(1));
        assertThat(dayAfter.outcome(AutomaticCheck.CONSENT)).isEqualTo(FAIL);
        assertThat(dayAfter.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(FAIL);
    }

    @Test
    void aPlanAwaitingConsentNeedsItAlreadyWithinTheSixWeeks() {
        CheckReport report = check(opp(OppState.AWAITING_CONSENT, complete(), null, null), 1, START.plusDays(1));
        assertThat(report.outcome(AutomaticCheck.CONSENT)).isEqualTo(FAIL);
        assertThat(report.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(NOT_DUE);
    }

    @Test
    void theYearlyEvaluationIsDueOnTheDateAndLateTheDayAfter() {
        LocalDate next = SET_BY.plusYears(1);
        assertThat(check(opp(OppState.ACTIVE, complete(), SET_BY, next), 1, next)
                        .outcome(AutomaticCheck.EVALUATED_WITHIN_YEAR))
                .isEqualTo(PASS);
        assertThat(check(opp(OppState.ACTIVE, complete(), SET_BY, next), 1, next.plusDays(1))
                        .outcome(AutomaticCheck.EVALUATED_WITHIN_YEAR))
                .isEqualTo(FAIL);
        assertThat(check(opp(OppState.IN_EVALUATION, complete(), SET_BY, next), 1, next.plusDays(1))
                        .outcome(AutomaticCheck.EVALUATED_WITHIN_YEAR))
                .isEqualTo(FAIL);
    }

    @Test
    void aClosedPlanNoLongerNeedsAnEvaluation() {
        // Not due, as the dashboard counts it: a closed plan is out of the evaluations due.
        assertThat(check(opp(OppState.CLOSED, complete(), SET_BY, null), 1, SET_BY.plusYears(3))
                        .outcome(AutomaticCheck.EVALUATED_WITHIN_YEAR))
                .isEqualTo(NOT_DUE);
    }

    @Test
    void aDraftClosedWithinItsSixWeeksNeverHadToBeSet() {
        // The pupil moved region in week 3: judged on the day it closed, the plan was not late.
        OppReviewCopy movedAway = closed(START.plusWeeks(3));
        CheckReport report = check(movedAway, 1, SET_BY.plusMonths(6));
        assertThat(report.outcome(AutomaticCheck.CONSENT)).isEqualTo(NOT_DUE);
        assertThat(report.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(NOT_DUE);
        assertThat(CheckRules.meetsLegalRequirements(report.outcomes())).isEqualTo(NOT_DUE);

        // Closed the day after the six weeks without consent: it was late.
        CheckReport late = check(closed(SET_BY.plusDays(1)), 1, SET_BY.plusMonths(6));
        assertThat(late.outcome(AutomaticCheck.CONSENT)).isEqualTo(FAIL);
        assertThat(late.outcome(AutomaticCheck.SET_WITHIN_SIX_WEEKS)).isEqualTo(FAIL);
        assertThat(CheckRules.meetsLegalRequirements(late.outcomes())).isEqualTo(FAIL);
    }

    @Test
    void meetingTheLawNeedsThePartsThePupilsViewAndConsentWithinSixWeeks() {
        CheckReport inTime = check(opp(OppState.ACTIVE, complete(), SET_BY, SET_BY.plusYears(1)), 9, SET_BY);
        assertThat(CheckRules.meetsLegalRequirements(inTime.outcomes())).isEqualTo(PASS);
        CheckReport late = check(opp(OppState.ACTIVE, complete(), SET_BY.plusDays(1), null), 1, SET_BY.plusDays(1));
        assertThat(CheckRules.meetsLegalRequirements(late.outcomes())).isEqualTo(FAIL);
        CheckReport draft = check(opp(OppState.DRAFT, complete(), null, null), 1, SET_BY);
        assertThat(CheckRules.meetsLegalRequirements(draft.outcomes())).isEqualTo(NOT_DUE);
    }

    private static OppReviewCopy closed(LocalDate closedOn) {
        return new OppReviewCopy(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                null,
                OppState.CLOSED,
                new Deadlines(START, SET_BY, null, null),
                complete(),
                closedOn);
    }

    @Test
    void fivePagesAreAllowedSixAreNot() {
        assertThat(check(
                                opp(OppState.ACTIVE, complete(), SET_BY, SET_BY.plusYears(1)),
                                AutomaticCheck.MAX_PAGES,
                                SET_BY)
                        .outcome(AutomaticCheck.AT_MOST_FIVE_PAGES))
                .isEqualTo(PASS);
        assertThat(check(opp(OppState.ACTIVE, complete(), SET_BY, SET_BY.plusYears(1)), 6, SET_BY)
                        .outcome(AutomaticCheck.AT_MOST_FIVE_PAGES))
                .isEqualTo(FAIL);
    }

    @Test
    void theLegalPartsNeedHinderingAndHelpingFactorsAPerspectiveGoalsAndInterventions() {
        OppContent c = complete();
        List<OppContent> incomplete = new ArrayList<>();
        incomplete.add(new OppContent(
                1,
                Instant.EPOCH,
                null,
                c.factors(FactorKind.HINDERING),
                c.perspective(),
                c.handelingsdeel(),
                c.pupilView(),
                null));
        incomplete.add(new OppContent(
                1,
                Instant.EPOCH,
                null,
                c.factors(FactorKind.HELPING),
                c.perspective(),
                c.handelingsdeel(),
                c.pupilView(),
                null));
        incomplete.add(new OppContent(
                1,
                Instant.EPOCH,
                null,
                c.factors(),
                new Uitstroomperspectief(ExitDestination.HAVO, " ", List.of(), "x"),
                c.handelingsdeel(),
                c.pupilView(),
                null));
        incomplete.add(new OppContent(
                1,
                Instant.EPOCH,
                null,
                c.factors(),
                c.perspective(),
                new Handelingsdeel(List.of(), c.handelingsdeel().interventions(), List.of()),
                c.pupilView(),
                null));
        incomplete.add(new OppContent(
                1,
                Instant.EPOCH,
                null,
                c.factors(),
                c.perspective(),
                new Handelingsdeel(c.handelingsdeel().goals(), List.of(), List.of()),
                c.pupilView(),
                null));
        for (OppContent content : incomplete) {
            assertThat(check(opp(OppState.DRAFT, content, null, null), 1, START).outcome(AutomaticCheck.LEGAL_PARTS))
                    .isEqualTo(FAIL);
        }
        assertThat(check(opp(OppState.DRAFT, c, null, null), 1, START).outcome(AutomaticCheck.LEGAL_PARTS))
                .isEqualTo(PASS);
    }

    @Test
    void aBlankPupilViewFailsHoorrecht() {
        OppContent c = complete();
        OppContent silent =
                new OppContent(1, Instant.EPOCH, null, c.factors(), c.perspective(), c.handelingsdeel(), "  ", null);
        assertThat(check(opp(OppState.DRAFT, silent, null, null), 1, START).outcome(AutomaticCheck.PUPIL_VIEW))
                .isEqualTo(FAIL);
    }
}
