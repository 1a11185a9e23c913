package nl.uitzicht.request;

import java.time.LocalDate;

/**
 * The terms of a request, in calendar days from the app clock's date: the region's decision term (default 8 weeks,
 * the general term of the Awb, art. 4:13), the objection term after a decision (6 weeks, Awb art. 6:7), and the term
 * to decide on an objection (6 weeks after it came in, Awb art. 7:10; the region may extend it, which is recorded
 * with the outcome).
 */
public final class RequestTerms {

    public static final int DEFAULT_DECISION_TERM_WEEKS = 8;
    public static final int MIN_DECISION_TERM_WEEKS = 1;
    public static final int MAX_DECISION_TERM_WEEKS = 26;
    public static final int OBJECTION_TERM_WEEKS = 6;
    public static final int OBJECTION_DECISION_WEEKS = 6;
    /** A request due within this many days is marked "due soon" in the queue. */
    public static final int DUE_SOON_DAYS = 7;

    private RequestTerms() {}

    public static LocalDate decisionDue(LocalDate submittedOn, int termWeeks) {
        return submittedOn.plusWeeks(termWeeks);
    }

    public static LocalDate objectionDeadline(LocalDate decidedOn) {
        return decidedOn.plusWeeks(OBJECTION_TERM_WEEKS);
    }

    public static LocalDate objectionDecisionDeadline(LocalDate receivedOn) {
        return receivedOn.plusWeeks(OBJECTION_DECISION_WEEKS);
    }
}
