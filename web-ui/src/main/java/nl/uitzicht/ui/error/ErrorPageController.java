package nl.uitzicht.ui.error;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import nl.uitzicht.ui.UitzichtI18n;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /error} for requests Vaadin does not answer (Spring MVC, the API's fallbacks, a direct visit):
 * replaces Spring Boot's Whitelabel page. Browsers get a small page in the language chosen in the app
 * (else Dutch, English when the browser asks for it), other clients {@code {"status": 404, "error": "Not Found"}}; never a stack trace, an
 * exception message or the requested path.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    /** The app's language choice (nl.uitzicht.ui.LanguagePreference). */
    private static final String LANGUAGE_COOKIE = "uitzicht-lang";

    private final I18NProvider texts;

    ErrorPageController(I18NProvider texts) {
        this.texts = texts;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        HttpStatus status = status(request);
        Locale locale = "en".equals(language(request)) ? UitzichtI18n.ENGLISH : UitzichtI18n.DUTCH;
        String kind = status == HttpStatus.NOT_FOUND
                ? "notFound"
                : status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED ? "accessDenied" : "server";
        String title = texts.getTranslation("error." + kind + ".title", locale);
        String html = """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><link rel="stylesheet" href="/styles.css"></head>
                <body class="error-page"><header><strong>%s</strong></header>
                <main id="error-page"><h1>%s</h1><p>%s</p><p><a href="/">%s</a></p></main></body>
                </html>
                """.formatted(
                        locale.getLanguage(),
                        text("app.title", locale, title),
                        text("app.name", locale),
                        HtmlUtils.htmlEscape(title),
                        text("error." + kind, locale),
                        text("error.home", locale));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    @RequestMapping
    ResponseEntity<Map<String, Object>> body(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", status.getReasonPhrase()));
    }

    /** The language the person chose in the app (its cookie), else the one the browser asks for. */
    private static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return request.getLocale().getLanguage();
    }

    /** The failed request's status; a direct visit to /error is a page that does not exist. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }

    private String text(String key, Locale locale, Object... params) {
        return HtmlUtils.htmlEscape(texts.getTranslation(key, locale, params));
    }
}
