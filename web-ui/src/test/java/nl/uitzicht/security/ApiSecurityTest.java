package nl.uitzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/v1 is a resource server for the regions' own identity providers (a real OIDC server,
 * mock-oauth2-server, with one issuer per region): a token of region A reads A, gets 403 on B;
 * no token, an unknown issuer or a token for another client gets 401; a token without the
 * REGION_ADMIN role gets 403.
 */
@AppTest
class ApiSecurityTest {

    static final MockOAuth2Server oidc = TestOidcServer.shared();

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    IdentityProviderSettings providers;

    @Autowired
    RegionDirectory regions;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void regionsTrustTheirOwnIssuers() {
        configure("PO2999", "waterlinie", "uitzicht-po");
        configure("VO2999", "heuvelrug", "uitzicht-vo");
    }

    private void configure(String code, String issuerId, String clientId) {
        systemWork.run(() -> providers.configure(
                regions.findByCode(code).orElseThrow().getId(),
                oidc.issuerUrl(issuerId).toString(),
                clientId,
                "secret-" + clientId,
                "email",
                null));
    }

    private String token(String issuerId, String audience) {
        return token(issuerId, audience, List.of("REGION_ADMIN"));
    }

    private String token(String issuerId, String audience, List<String> roles) {
        return oidc.issueToken(issuerId, "script@" + issuerId, audience, Map.of("roles", roles))
                .serialize();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenReadsItsOwnRegion() throws Exception {
        HttpResponse<String> response = get("/api/v1/regions/PO2999/schools", token("waterlinie", "uitzicht-po"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Basisschool De Regenboog").doesNotContain("Heuvelrug College");
    }

    @Test
    void aTokenOfRegionAIsForbiddenInRegionB() throws Exception {
        assertThat(get("/api/v1/regions/VO2999/schools", token("waterlinie", "uitzicht-po"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/regions/PO2999/schools", token("heuvelrug", "uitzicht-vo"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void listingTheSchoolsNeedsTheRegionAdminRole() throws Exception {
        assertThat(get("/api/v1/regions/PO2999/schools", token("waterlinie", "uitzicht-po", List.of()))
                        .statusCode())
                .as("a valid token of the region without any role")
                .isEqualTo(403);
        assertThat(get(
                                "/api/v1/regions/PO2999/schools",
                                token("waterlinie", "uitzicht-po", List.of("TRAINER", "POLICY")))
                        .statusCode())
                .as("a token with other roles")
                .isEqualTo(403);
        assertThat(get("/api/v1/regions/PO2999/schools", token("waterlinie", "uitzicht-po", List.of("OPERATOR")))
                        .statusCode())
                .as("the platform role is never taken from a region's token")
                .isEqualTo(403);
        assertThat(get("/api/v1/regions/PO2999/schools", token("waterlinie", "uitzicht-po"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void withoutAValidTokenForTheRegionTheAnswerIs401() throws Exception {
        assertThat(get("/api/v1/regions/PO2999/schools", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/regions/PO2999/schools", "not-a-jwt").statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/regions/PO2999/schools", token("unknown-issuer", "uitzicht-po"))
                        .statusCode())
                .as("an issuer no region trusts")
                .isEqualTo(401);
        assertThat(get("/api/v1/regions/PO2999/schools", token("waterlinie", "some-other-client"))
                        .statusCode())
                .as("a token meant for another client")
                .isEqualTo(401);
    }
}
