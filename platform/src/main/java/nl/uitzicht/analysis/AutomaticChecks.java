package nl.uitzicht.analysis;

import static nl.uitzicht.analysis.AutomaticCheck.Outcome.FAIL;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.NOT_DUE;
import static nl.uitzicht.analysis.AutomaticCheck.Outcome.PASS;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.AnalystsOnly;
import nl.uitzicht.analysis.AutomaticCheck.Outcome;
import nl.uitzicht.opp.Deadlines;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppReviewCopies;
import nl.uitzicht.opp.OppReviewCopy;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal checks computed from the OPP data: all three parts filled, parental consent recorded,
 * the pupil's view present, set within 6 weeks, evaluated within a year, at most 5 A4 pages
 * (the page count of the OPP's own PDF).
 */
@Service
@Transactional(readOnly = true)
@AnalystsOnly
public class AutomaticChecks {

    private final OppReviewCopies opps;

    AutomaticChecks(OppReviewCopies opps) {
        this.opps = opps;
    }

    /** No transaction of its own: the review copy and the page count each read in a short one. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CheckReport of(UUID oppId, LocalDate today) {
        OppReviewCopy copy =
                opps.find(oppId, false).orElseThrow(() -> new InvalidInput("opps", "analysis.error.oppNotFound"));
        return evaluate(copy, opps.pageCount(oppId), today);
    }

    static CheckReport evaluate(OppReviewCopy opp, int pages, LocalDate today) {
        OppContent content = opp.content();
        Deadlines clocks = opp.deadlines();
        Map<AutomaticCheck, Outcome> outcomes = new EnumMap<>(AutomaticCheck.class);
        outcomes.put(AutomaticCheck.LEGAL_PARTS, content.legalPartsComplete() ? PASS : FAIL);
        boolean consented = clocks.firstActiveOn() != null;
        boolean consentDue = opp.state() != OppState.DRAFT && opp.state() != OppState.IN_CONSULTATION
                || today.isAfter(clocks.setBy());
        outcomes.put(AutomaticCheck.CONSENT, consented ? PASS : consentDue ? FAIL : NOT_DUE);
        outcomes.put(AutomaticCheck.PUPIL_VIEW, content.pupilView().isBlank() ? FAIL : PASS);
        outcomes.put(
                AutomaticCheck.SET_WITHIN_SIX_WEEKS,
                clocks.setInTime() ? PASS : consented || today.isAfter(clocks.setBy()) ? FAIL : NOT_DUE);
        Outcome evaluation;
        if (!consented) {
            evaluation = NOT_DUE;
        } else if (opp.state() == OppState.CLOSED) {
            evaluation = PASS;
        } else {
            LocalDate next = clocks.nextEvaluationOn();
            evaluation = next == null || !today.isAfter(next) ? PASS : FAIL;
        }
        outcomes.put(AutomaticCheck.EVALUATED_WITHIN_YEAR, evaluation);
        outcomes.put(AutomaticCheck.AT_MOST_FIVE_PAGES, pages <= AutomaticCheck.MAX_PAGES ? PASS : FAIL);
        return new CheckReport(opp.id(), Map.copyOf(outcomes), pages);
    }
}
