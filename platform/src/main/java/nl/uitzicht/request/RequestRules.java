package nl.uitzicht.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The checks on what people fill in on a request, a decision, an advice and an objection. Every problem is collected
 * and thrown at once as {@link InvalidInput} with message keys of the {@code request} bundle.
 */
final class RequestRules {

    static final int TEXT_MAX = 4000;
    static final int LONG_TEXT_MAX = 8000;
    static final int NAME_MAX = 200;
    static final int FILE_NAME_MAX = 200;
    static final int ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
    static final int ATTACHMENTS_MAX = 10;
    static final BigDecimal BUDGET_MAX = new BigDecimal("9999999999.99");
    static final BigDecimal HOURS_MAX = new BigDecimal("999999.9");

    private RequestRules() {}

    /** A draft's texts trimmed; {@code forSubmit} also requires what the region needs to handle it. */
    static RequestDraft draft(RequestDraft d, boolean forSubmit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.type() == null) {
            problems.put("type", "request.validation.type");
        }
        String question = text(problems, "question", d.question(), TEXT_MAX, forSubmit);
        String basic = text(problems, "basicSupportDone", d.basicSupportDone(), TEXT_MAX, forSubmit);
        String parents = text(problems, "parentsView", d.parentsView(), TEXT_MAX, forSubmit);
        if (!parents.isEmpty() && d.parentsViewSource() == null) {
            problems.put("parentsViewSource", "request.validation.parentsViewSource");
        }
        if (forSubmit && d.type() != null && d.type().hasFundingCategory() && d.fundingCategory() == null) {
            problems.put("fundingCategory", "request.validation.fundingCategory");
        }
        if (forSubmit && d.type() == RequestType.TLV_EXTENSION && d.extendsRequestId() == null) {
            problems.put("extendsRequestId", "request.validation.extendsRequest");
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of(problems);
        }
        return new RequestDraft(
                d.type(),
                d.fundingCategory(),
                d.extendsRequestId(),
                question,
                basic,
                parents,
                parents.isEmpty() ? null : d.parentsViewSource());
    }

    /** A PDF by its first bytes ({@code %PDF-}), at most 10 MB; the file name trimmed. */
    static String attachment(@Nullable String fileName, byte @Nullable [] content, long alreadyAttached) {
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        if (name.isEmpty() || name.length() > FILE_NAME_MAX) {
            throw new InvalidInput("file", "request.validation.fileName");
        }
        if (content == null || content.length < 5) {
            throw new InvalidInput("file", "request.validation.notPdf");
        }
        if (content.length > ATTACHMENT_MAX_BYTES) {
            throw new InvalidInput("file", "request.validation.tooLarge");
        }
        if (!(content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F' && content[4] == '-')) {
            throw new InvalidInput("file", "request.validation.notPdf");
        }
        if (alreadyAttached >= ATTACHMENTS_MAX) {
            throw new InvalidInput("file", "request.validation.tooManyFiles");
        }
        return name;
    }

    static DecisionInput decision(DecisionInput d, RequestType type, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.outcome() == null) {
            problems.put("outcome", "request.validation.outcome");
        }
        String reasons = text(problems, "reasons", d.reasons(), LONG_TEXT_MAX, true);
        if (d.decidedOn() == null || d.decidedOn().isAfter(today)) {
            problems.put("decidedOn", "request.validation.notInFuture");
        }
        boolean grants = d.outcome() != null && d.outcome() != Outcome.REFUSED;
        if (grants) {
            if (d.startsOn() == null) {
                problems.put("startsOn", "request.validation.startsOn");
            }
            if (d.endsOn() == null) {
                problems.put("endsOn", "request.validation.endsOn");
            } else if (d.startsOn() != null && d.endsOn().isBefore(d.startsOn())) {
                problems.put("endsOn", "request.validation.endsBeforeStart");
            }
            if (type.hasFundingCategory() && d.fundingCategory() == null) {
                problems.put("fundingCategory", "request.validation.fundingCategory");
            }
            if (type.isArrangement() && d.budgetAmount() == null && d.hours() == null) {
                problems.put("budgetAmount", "request.validation.budgetOrHours");
            }
        }
        amount(problems, "budgetAmount", d.budgetAmount(), BUDGET_MAX);
        amount(problems, "hours", d.hours(), HOURS_MAX);
        if (!problems.isEmpty()) {
            throw InvalidInput.of(problems);
        }
        return grants
                ? new DecisionInput(
                        d.outcome(),
                        type.hasFundingCategory() ? d.fundingCategory() : null,
                        d.startsOn(),
                        d.endsOn(),
                        type.isArrangement() ? d.budgetAmount() : null,
                        type.isArrangement() ? d.hours() : null,
                        reasons,
                        d.decidedOn())
                : new DecisionInput(d.outcome(), null, null, null, null, null, reasons, d.decidedOn());
    }

    static AdviceInput advice(AdviceInput a, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (a.discipline() == null) {
            problems.put("discipline", "request.validation.discipline");
        }
        String other = text(problems, "disciplineOther", a.disciplineOther(), 120, a.discipline() == Discipline.OTHER);
        String advice = text(problems, "advice", a.advice(), LONG_TEXT_MAX, true);
        if (a.recommendation() == null) {
            problems.put("recommendation", "request.validation.recommendation");
        }
        if (a.givenOn() == null || a.givenOn().isAfter(today)) {
            problems.put("givenOn", "request.validation.notInFuture");
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of(problems);
        }
        return new AdviceInput(
                a.discipline(),
                a.discipline() == Discipline.OTHER ? other : "",
                advice,
                a.recommendation(),
                a.givenOn());
    }

    static ObjectionInput objection(ObjectionInput o, LocalDate decidedOn, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (o.receivedOn() == null || o.receivedOn().isAfter(today)) {
            problems.put("receivedOn", "request.validation.notInFuture");
        } else if (o.receivedOn().isBefore(decidedOn)) {
            problems.put("receivedOn", "request.validation.beforeDecision");
        }
        String by = text(problems, "lodgedBy", o.lodgedBy(), NAME_MAX, true);
        String grounds = text(problems, "grounds", o.grounds(), LONG_TEXT_MAX, false);
        if (!problems.isEmpty()) {
            throw InvalidInput.of(problems);
        }
        return new ObjectionInput(o.receivedOn(), by, grounds);
    }

    static String objectionOutcome(
            @Nullable ObjectionOutcome outcome,
            @Nullable String reasons,
            @Nullable LocalDate on,
            LocalDate received,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", "request.validation.objectionOutcome");
        }
        String text = text(problems, "outcomeReasons", reasons, LONG_TEXT_MAX, outcome != ObjectionOutcome.WITHDRAWN);
        if (on == null || on.isAfter(today)) {
            problems.put("decidedOn", "request.validation.notInFuture");
        } else if (on.isBefore(received)) {
            problems.put("decidedOn", "request.validation.beforeReceived");
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of(problems);
        }
        return text;
    }

    static int decisionTerm(@Nullable Integer weeks) {
        if (weeks == null
                || weeks < RequestTerms.MIN_DECISION_TERM_WEEKS
                || weeks > RequestTerms.MAX_DECISION_TERM_WEEKS) {
            throw new InvalidInput("decisionTermWeeks", "request.validation.decisionTerm");
        }
        return weeks;
    }

    private static String text(
            Map<String, String> problems, String field, @Nullable String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() && required) {
            problems.put(field, "request.validation.required");
        } else if (trimmed.length() > max) {
            problems.put(field, "request.validation.tooLong");
        }
        return trimmed;
    }

    private static void amount(Map<String, String> problems, String field, @Nullable BigDecimal value, BigDecimal max) {
        if (value != null && (value.signum() < 0 || value.compareTo(max) > 0 || value.scale() > 2)) {
            problems.put(field, "request.validation.amount");
        }
    }
}
