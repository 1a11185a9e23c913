package nl.uitzicht.ui.error;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.uitzicht.ui.UitzichtI18n;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answers to requests Vaadin does not render itself ({@code /error}, an outage met before Vaadin or the
 * API's controllers ran): a small page for browsers, an RFC 9457 problem detail for other clients. In the
 * language chosen in the app, else Dutch (an API client's Accept-Language decides its problem detail); with the error id of the log
 * line for every server-side failure; never a stack trace, an exception message or the requested path.
 */
@Component
class ErrorResponses {

    /** Seconds a client is asked to wait after an outage (503) before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** The app's language choice (nl.uitzicht.ui.LanguagePreference). */
    private static final String LANGUAGE_COOKIE = "uitzicht-lang";

    private final I18NProvider texts;

    ErrorResponses(I18NProvider texts) {
        this.texts = texts;
    }

    /** What kind of page a status gets: not found, no access, unavailable (503) or any other failure. */
    static String kind(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "notFound";
        }
        if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
            return "accessDenied";
        }
        return status == HttpStatus.SERVICE_UNAVAILABLE ? "unavailable" : "server";
    }

    /** Whether the client wants a page (a browser) rather than a problem detail. */
    static boolean wantsHtml(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    String html(HttpServletRequest request, HttpStatus status, String errorId, String retryPath) {
        Locale locale = locale(request, true);
        String kind = kind(status);
        String title = texts.getTranslation("error." + kind + ".title", locale);
        String messageKey = switch (kind) {
            case "unavailable" -> "error.unavailable";
            case "server" -> "error.server.id";
            default -> "error." + kind;
        };
        String retry = kind.equals("unavailable")
                ? "<p><a id=\"error-retry\" href=\"%s\">%s</a></p>"
                        .formatted(HtmlUtils.htmlEscape(retryPath), text("error.retry", locale))
                : "";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><link rel="stylesheet" href="/styles.css"><style>
                body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a2433;\
                background:#f3f5f7;line-height:1.5}header{padding:12px 24px;background:#fff;\
                border-bottom:1px solid #dde3ea}main{max-width:40rem;margin:48px auto;padding:24px 32px;\
                background:#fff;border:1px solid #dde3ea;border-radius:8px}h1{font-size:1.6rem;margin:0 0 12px}\
                a{color:hsl(204,70%%,32%%)}#error-retry{font-weight:600}</style></head>
                <body class="error-page"><header><strong>%s</strong></header>
                <main id="error-page"><h1>%s</h1><p id="error-message">%s</p>%s<p><a href="/">%s</a></p></main></body>
                </html>
                """.formatted(
                        locale.getLanguage(),
                        text("app.title", locale, title),
                        text("app.name", locale),
                        HtmlUtils.htmlEscape(title),
                        text(messageKey, locale, errorId),
                        retry,
                        text("error.home", locale));
    }

    /** An RFC 9457 problem detail, with the error id; the detail in Dutch unless the client asks for English. */
    String problem(HttpServletRequest request, HttpStatus status, String errorId) {
        Locale locale = locale(request, false);
        String detail = switch (kind(status)) {
            case "unavailable" -> texts.getTranslation("error.api.unavailable", locale, errorId);
            case "notFound" -> texts.getTranslation("error.api.notFound", locale, errorId);
            default -> status.getReasonPhrase() + " (" + errorId + ")";
        };
        return "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"errorId\":\"%s\"}"
                .formatted(json(status.getReasonPhrase()), status.value(), json(detail), json(errorId));
    }

    private Locale locale(HttpServletRequest request, boolean appChoice) {
        // a page follows the app (LanguagePreference): Dutch unless the person chose English, whatever the
        // browser asks, so an error page never switches language under a person; an API client's
        // Accept-Language decides (without it the container's default locale would: Dutch then)
        String language = appChoice || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? "nl"
                : request.getLocale().getLanguage();
        if (appChoice && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    language = cookie.getValue();
                }
            }
        }
        return "en".equals(language) ? UitzichtI18n.ENGLISH : UitzichtI18n.DUTCH;
    }

    private String text(String key, Locale locale, Object... params) {
        return HtmlUtils.htmlEscape(texts.getTranslation(key, locale, params));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
