package nl.uitzicht.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.uitzicht.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests outside Vaadin get a Dutch page (or a bare JSON status), never Spring Boot's Whitelabel page. */
@AppTest
class ErrorPageHttpTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String accept, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theErrorPathIsADutchPageNotTheWhitelabelPage() throws Exception {
        HttpResponse<String> page = get("/error", "text/html", "nl-NL,nl;q=0.9");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("<html lang=\"nl\">", "Pagina niet gevonden", "Deze pagina bestaat niet.")
                .doesNotContain("Whitelabel", "Exception", "trace");
    }

    /** Spring Security refuses it (sendError 403), the container forwards to /error: the Dutch page, not Whitelabel. */
    @Test
    void aRefusedPathOutsideVaadinGetsTheDutchPage() throws Exception {
        HttpResponse<String> page = get("/actuator/bestaat-niet", "text/html", "nl");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains("Geen toegang", "Je hebt geen toegang tot deze pagina.")
                .doesNotContain("Whitelabel", "bestaat-niet");
    }

    @Test
    void aMissingStaticFileIsNoWhitelabelPage() throws Exception {
        HttpResponse<String> page = get("/VAADIN/bestaat-niet.js", "text/html", "nl");
        assertThat(page.body()).doesNotContain("Whitelabel", "Exception", "Available routes");
    }

    /** Like the app's own pages: Dutch unless the person chose English in the app, whatever the browser asks. */
    @Test
    void anEnglishBrowserWithoutAChoiceInTheAppGetsDutchLikeTheApp() throws Exception {
        assertThat(get("/error", "text/html", "en-GB,en;q=0.8").body())
                .contains("<html lang=\"nl\">", "Pagina niet gevonden")
                .doesNotContain("Whitelabel");
    }

    /** The language chosen in the app (its cookie) wins over the browser's, in the text and in lang. */
    @Test
    void theLanguageChosenInTheAppWinsOverTheBrowsers() throws Exception {
        HttpResponse<String> dutch = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .header("Cookie", "uitzicht-lang=nl")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dutch.body()).contains("<html lang=\"nl\">", "Pagina niet gevonden");
        HttpResponse<String> english = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                        .header("Accept", "text/html")
                        .header("Accept-Language", "nl-NL,nl;q=0.9")
                        .header("Cookie", "uitzicht-lang=en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("<html lang=\"en\">", "Page not found");
    }

    @Test
    void otherClientsGetABareStatus() throws Exception {
        HttpResponse<String> json = get("/error", "application/json", "nl");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404").doesNotContain("trace", "path", "exception", "message");
    }
}
