package nl.uitzicht.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.AdviceInput;
import nl.uitzicht.request.DecisionInput;
import nl.uitzicht.request.Discipline;
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.FundingCategory;
import nl.uitzicht.request.Outcome;
import nl.uitzicht.request.ParentsViewSource;
import nl.uitzicht.request.Recommendation;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestDraft;
import nl.uitzicht.request.RequestType;
import nl.uitzicht.request.SchoolRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of a demo request through the request services (start, submit, experts, decision), shared by the demo
 * runners. The services date a submission today; a demo needs a history (a request past its term, decisions weeks
 * old, an arrangement that ends soon), so {@link #submitted} moves the submission and its due date back by SQL, inside
 * the region, before the region handles the request: every later step is checked by the services as usual.
 */
final class DemoRequestSteps {

    private final SchoolRequests school;
    private final RegionRequests region;
    private final ExpertRequests experts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final LocalDate today;

    DemoRequestSteps(
            SchoolRequests school,
            RegionRequests region,
            ExpertRequests experts,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            LocalDate today) {
        this.school = school;
        this.region = region;
        this.experts = experts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    ExpertRequests experts() {
        return experts;
    }

    RequestDetail draft(StaffScope staff, OppSummary opp, RequestType type, @Nullable FundingCategory category) {
        return school.start(
                staff,
                opp.id(),
                new RequestDraft(
                        type,
                        category,
                        null,
                        "Welke ondersteuning kan het samenwerkingsverband bieden voor " + opp.pupilName() + "?",
                        "Verlengde instructie in de groep, een aangepaste methode en extra oefentijd.",
                        "Ouders zijn het eens met de aanvraag en willen graag snel duidelijkheid.",
                        ParentsViewSource.STAFF));
    }

    /** A request submitted {@code daysAgo} days ago: its decision term runs from then. */
    RequestDetail submitted(
            StaffScope staff, OppSummary opp, RequestType type, @Nullable FundingCategory category, int daysAgo) {
        RequestDetail draft = draft(staff, opp, type, category);
        RequestDetail submitted = school.submit(staff, draft.id(), draft.version());
        if (daysAgo > 0) {
            tx.executeWithoutResult(s -> jdbc.update(
                    "update support_request set submitted_on = submitted_on - ?, due_on = due_on - ? where id = ?",
                    daysAgo,
                    daysAgo,
                    submitted.id()));
        }
        return submitted;
    }

    /** Both experts assigned and advised (the orthopedagogue first): what a TLV needs before its decision. */
    RequestDetail advisedByTwo(
            RegionCaller manager,
            RequestDetail request,
            RegionCaller ortho,
            RegionCaller doctor,
            Recommendation first,
            Recommendation second,
            LocalDate on) {
        RequestDetail r = region.assignExpert(manager, request.id(), request.version(), ortho.accountId());
        r = region.assignExpert(manager, r.id(), r.version(), doctor.accountId());
        experts.advise(ortho, r.id(), advice(Discipline.ORTHOPEDAGOGUE, first, on));
        experts.advise(doctor, r.id(), advice(Discipline.OTHER, second, on));
        return region.get(manager, r.id());
    }

    AdviceInput advice(Discipline discipline, Recommendation recommendation, LocalDate on) {
        return new AdviceInput(
                discipline,
                discipline == Discipline.OTHER ? "Jeugdarts" : "",
                "Op grond van het OPP, de bijlagen en een observatie in de klas.",
                recommendation,
                on);
    }

    /** A grant (wholly or partly) of an arrangement: the period, an amount and hours. */
    RequestDetail grantArrangement(
            RegionCaller manager,
            RequestDetail request,
            Outcome outcome,
            LocalDate decidedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            String amount,
            String hours) {
        return region.decide(
                manager,
                request.id(),
                request.version(),
                new DecisionInput(
                        outcome,
                        null,
                        startsOn,
                        endsOn,
                        new BigDecimal(amount),
                        new BigDecimal(hours),
                        "De school zet de basisondersteuning aantoonbaar in; extra begeleiding is nodig om de doelen"
                                + " in het OPP te halen.",
                        decidedOn));
    }

    /** A grant of a TLV with the category asked for, for the rest of the school year and the next. */
    RequestDetail grantTlv(RegionCaller manager, RequestDetail request, FundingCategory category, LocalDate decidedOn) {
        return region.decide(
                manager,
                request.id(),
                request.version(),
                new DecisionInput(
                        Outcome.GRANTED,
                        request.type().hasFundingCategory() ? category : null,
                        decidedOn,
                        decidedOn.plusYears(1),
                        null,
                        null,
                        "Beide deskundigen adviseren toekennen; de ondersteuningsbehoefte overstijgt het regulier"
                                + " onderwijs.",
                        decidedOn));
    }

    RequestDetail refuse(RegionCaller manager, RequestDetail request, LocalDate decidedOn) {
        return region.decide(
                manager,
                request.id(),
                request.version(),
                new DecisionInput(
                        Outcome.REFUSED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "De deskundigen zien nog mogelijkheden in het regulier onderwijs met een arrangement.",
                        decidedOn));
    }
}
