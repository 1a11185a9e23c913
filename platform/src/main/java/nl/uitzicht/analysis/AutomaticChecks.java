package nl.uitzicht.analysis;

import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.access.AnalystsOnly;
import nl.uitzicht.opp.OppReviewCopies;
import nl.uitzicht.opp.OppReviewCopy;
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
        return new CheckReport(
                opp.id(),
                CheckRules.outcomes(opp.state(), opp.content(), opp.deadlines(), opp.closedOn(), pages, today),
                pages);
    }
}
