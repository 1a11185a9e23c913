package nl.uitzicht.ui.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import nl.uitzicht.failure.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error} for requests Vaadin does not answer (Spring MVC, the API's fallbacks, a direct visit):
 * replaces Spring Boot's Whitelabel page (see {@link ErrorResponses}). A failure that is an outage
 * ({@link Failures}) answers 503 with {@code Retry-After}; every server-side failure gets an error id that is
 * in the log line.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    private final ErrorResponses responses;

    ErrorPageController(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        HttpStatus status = status(request);
        String errorId = logged(request, status);
        return answer(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(responses.html(request, status, errorId, retryPath(request)));
    }

    @RequestMapping
    ResponseEntity<String> body(HttpServletRequest request) {
        HttpStatus status = status(request);
        String errorId = logged(request, status);
        return answer(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(responses.problem(request, status, errorId));
    }

    private static ResponseEntity.BodyBuilder answer(HttpStatus status) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(ErrorResponses.RETRY_AFTER_SECONDS));
        }
        return answer;
    }

    /** A new error id, in a log line with the failure for server-side errors. */
    private static String logged(HttpServletRequest request, HttpStatus status) {
        String errorId = Failures.newErrorId();
        if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.warn(
                    "Request {} answered {}, error id {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    status.value(),
                    errorId,
                    failure instanceof Throwable t ? t : null);
        }
        return errorId;
    }

    private static String retryPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                        && uri.startsWith("/")
                        && !uri.startsWith("//")
                ? uri
                : "/";
    }

    /**
     * The failed request's status; an outage is 503 whatever status it was given; a direct visit to /error is
     * a page that does not exist.
     */
    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && Failures.isOutage(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }
}
