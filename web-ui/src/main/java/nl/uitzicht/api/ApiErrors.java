package nl.uitzicht.api;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.uitzicht.duoimport.ImportRejectedException;
import nl.uitzicht.failure.Failures;
import nl.uitzicht.invitation.InvitationException;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of every API controller as RFC 9457 problem details, with Dutch (or English) texts per field and an
 * error id that is in the log line. An outage is not answered here: it is classified in the one place
 * ({@link Failures}) and answered 503 with {@code Retry-After} outside the controllers, for the API's security
 * filters too (docs/adr/0071).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private static final String TOO_LARGE = "admin.duo.error.tooLarge";

    private final ApiMessages messages;

    ApiErrors(ApiMessages messages) {
        this.messages = messages;
    }

    /** One invalid field and why. */
    record FieldError(String field, String code, String message) {}

    /**
     * The one input error (ADR 0062): 400 (413 for a file over the size limit) with every invalid field, its
     * code and its message. {@code code} repeats the first problem's code, as refused invitations and DUO
     * files answered before they became input errors.
     */
    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(
                        p.field(),
                        p.messageKey(),
                        messages.text(p.messageKey(), p.args().toArray())))
                .toList();
        HttpStatus status = e.problems().stream().anyMatch(p -> p.messageKey().equals(TOO_LARGE))
                ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        return problem(status, errors.getFirst().message(), Map.of("code", e.messageKey(), "errors", errors));
    }

    /** An invitation or person that cannot be used or changed (not bad input): 400 with its code. */
    @ExceptionHandler(InvitationException.class)
    ProblemDetail invitation(InvitationException e) {
        return problem(HttpStatus.BAD_REQUEST, messages.text(e.getMessage()), Map.of("code", e.getMessage()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        HttpStatus status = e.reason() == ImportRejectedException.Reason.STALE
                ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT;
        return problem(
                status,
                messages.text(e.reason().messageKey()),
                Map.of("code", e.reason().name(), "plan", DuoImportApi.PlanOutput.of(e.plan(), false, messages)));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, messages.text("admin.common.conflict"), Map.of());
    }

    @ExceptionHandler({NoSuchElementException.class, OutOfScopeException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                e instanceof NoSuchElementException && e.getMessage() != null ? e.getMessage() : "Not found",
                Map.of());
    }

    private static ProblemDetail problem(HttpStatus status, String detail, Map<String, Object> properties) {
        String errorId = Failures.newErrorId();
        log.info("API request refused with {}, error id {}: {}", status.value(), errorId, detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        properties.forEach(problem::setProperty);
        problem.setProperty("errorId", errorId);
        return problem;
    }
}
