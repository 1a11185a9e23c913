package nl.uitzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.tenancy.RegionDirectory;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login through a region's own OIDC provider, end to end against a real OIDC server: the
 * authorization code flow lands a known member in the app, in that region; someone the region's
 * provider knows but Uitzicht does not is sent back to the login page with an explanation.
 */
@AppTest
class OidcLoginTest {

    static final MockOAuth2Server oidc = new MockOAuth2Server();

    static {
        oidc.start();
    }

    @AfterAll
    static void stop() {
        oidc.shutdown();
    }

    @LocalServerPort int port;
    @Autowired SystemWork systemWork;
    @Autowired IdentityProviderSettings providers;
    @Autowired RegionDirectory regions;

    @BeforeEach
    void waterlinieUsesItsOwnProvider() {
        systemWork.run(() -> providers.configure(regions.findByCode("PO2999").orElseThrow().getId(),
                oidc.issuerUrl("waterlinie").toString(), "uitzicht-po", "po-secret", "email", null));
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
    }

    private void nextLoginIs(String email) {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback("waterlinie", "sub-" + email, JOSEObjectType.JWT.getType(),
                List.of("uitzicht-po"), Map.of("email", email), 3600));
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMemberLogsInThroughTheRegionsProvider() throws Exception {
        HttpClient browser = browser();
        assertThat(get(browser, "/").uri().getPath()).as("not logged in yet").isEqualTo("/login");

        nextLoginIs("ib@waterlinie.demo");
        HttpResponse<String> landed = get(browser, "/oauth2/authorization/PO2999");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(hops(landed)).anyMatch(uri -> uri.startsWith(oidc.issuerUrl("waterlinie").toString()));

        HttpResponse<String> again = get(browser, "/");
        assertThat(again.uri().getPath()).as("logged in: no detour via the login page").isEqualTo("/");
    }

    @Test
    void someoneWithoutAnAccountIsSentBackWithAnExplanation() throws Exception {
        HttpClient browser = browser();
        nextLoginIs("stranger@elsewhere.example");
        HttpResponse<String> landed = get(browser, "/oauth2/authorization/PO2999");
        assertThat(landed.uri().toString()).endsWith("/login?unknown");
        assertThat(get(browser, "/").uri().getPath()).as("the session was not kept").isEqualTo("/login");
    }

    @Test
    void aMemberOfAnotherRegionCannotEnterThroughThisProvider() throws Exception {
        HttpClient browser = browser();
        nextLoginIs("zorg@heuvelrug.demo");
        assertThat(get(browser, "/oauth2/authorization/PO2999").uri().toString()).endsWith("/login?unknown");
    }

    private static List<String> hops(HttpResponse<?> response) {
        List<String> uris = new java.util.ArrayList<>();
        for (HttpResponse<?> r = response; r != null; r = r.previousResponse().orElse(null)) {
            uris.add(r.uri().toString());
        }
        return uris;
    }
}
