package nl.uitzicht.ui.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.uitzicht.failure.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside every other filter (Spring Security's among them): a request that fails on an outage
 * ({@link Failures#isOutage}) wherever it happens (an API token checked against the database, the session's
 * access check, the sign-in, an API controller) answers 503 with {@code Retry-After} and an error id that is in
 * the log line: a problem detail for API clients, the "Uitzicht is even niet bereikbaar" page for browsers.
 * Never a 401, a "not found" or a bare 500 for an outage (docs/adr/0071).
 */
final class OutageResponses extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OutageResponses.class);

    private final ErrorResponses responses;

    OutageResponses(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!Failures.isOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            String errorId = Failures.newErrorId();
            log.warn(
                    "Request {} {} answered 503: database or Redis unavailable, error id {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    errorId,
                    failure);
            answer(request, response, errorId);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String errorId) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ErrorResponses.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ErrorResponses.wantsHtml(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String path = request.getRequestURI();
            response.getWriter()
                    .write(responses.html(
                            request,
                            HttpStatus.SERVICE_UNAVAILABLE,
                            errorId,
                            request.getMethod().equals("GET") && !path.startsWith("//") ? path : "/"));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(responses.problem(request, HttpStatus.SERVICE_UNAVAILABLE, errorId));
        }
    }

    /** Registered before Spring Security's filters, so their failures are answered here too. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<OutageResponses> outageResponses(ErrorResponses responses) {
            FilterRegistrationBean<OutageResponses> registration =
                    new FilterRegistrationBean<>(new OutageResponses(responses));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}
