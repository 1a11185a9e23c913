package nl.uitzicht.analysis;

import static nl.uitzicht.analysis.AutomaticCheck.Outcome.FAIL;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.NOT_DUE;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.PASS;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.uitzicht.analysis.AutomaticCheck.Outcome;
import nl.uitzicht.opp.Deadlines;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppState;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of the legal checks of one plan on one day (ADR 0091): what the scoring round's
 * automatic checks report, what the OPP editor shows its author, and what the dashboard's SQL counts
 * ({@code QualityFigures}; {@code ChecksAgreeTest} holds the two to the same answer on the same rows).
 *
 * <p>A closed plan is judged on the day it closed: a draft closed within its six weeks (the pupil moved
 * away) never had to be set, and a closed plan needs no more evaluations.
 */
public final class CheckRules {

    private CheckRules() {}

    /**
     * The outcome of every check; {@code pages} is the printed form's page count, or null where it is not
     * known here (then the page check is left out).
     */
    public static Map<AutomaticCheck, Outcome> outcomes(
            OppState state,
            OppContent content,
            Deadlines clocks,
            @Nullable LocalDate closedOn,
            @Nullable Integer pages,
            LocalDate today) {
        Map<AutomaticCheck, Outcome> outcomes = new EnumMap<>(AutomaticCheck.class);
        outcomes.put(AutomaticCheck.LEGAL_PARTS, content.legalPartsComplete() ? PASS : FAIL);
        boolean consented = clocks.firstActiveOn() != null;
        boolean deadlinePassed =
                clocks.setBy().isBefore(closedOn != null && closedOn.isBefore(today) ? closedOn : today);
        boolean consentAsked = state == OppState.AWAITING_CONSENT;
        outcomes.put(AutomaticCheck.CONSENT, consented ? PASS : consentAsked || deadlinePassed ? FAIL : NOT_DUE);
        outcomes.put(AutomaticCheck.PUPIL_VIEW, content.pupilView().isBlank() ? FAIL : PASS);
        outcomes.put(
                AutomaticCheck.SET_WITHIN_SIX_WEEKS,
                clocks.setInTime() ? PASS : consented || deadlinePassed ? FAIL : NOT_DUE);
        Outcome evaluation;
        if (!consented || state == OppState.CLOSED) {
            evaluation = NOT_DUE;
        } else {
            LocalDate next = clocks.nextEvaluationOn();
            evaluation = next == null || !today.isAfter(next) ? PASS : FAIL;
        }
        outcomes.put(AutomaticCheck.EVALUATED_WITHIN_YEAR, evaluation);
        if (pages != null) {
            outcomes.put(AutomaticCheck.AT_MOST_FIVE_PAGES, pages <= AutomaticCheck.MAX_PAGES ? PASS : FAIL);
        }
        return Map.copyOf(outcomes);
    }

    /**
     * Meets the law as the dashboard's "voldoet aan de wettelijke eisen" counts it: due once consented or
     * past the six weeks; then all three parts, the pupil's view and consent within six weeks.
     */
    public static Outcome meetsLegalRequirements(Map<AutomaticCheck, Outcome> outcomes) {
        Outcome six = outcomes.get(AutomaticCheck.SET_WITHIN_SIX_WEEKS);
        if (six == NOT_DUE) {
            return NOT_DUE;
        }
        boolean all = six == PASS
                && outcomes.get(AutomaticCheck.LEGAL_PARTS) == PASS
                && outcomes.get(AutomaticCheck.PUPIL_VIEW) == PASS;
        return all ? PASS : FAIL;
    }
}
