package nl.uitzicht.identityprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.uitzicht.outbound.OutboundAddresses;
import nl.uitzicht.outbound.OutboundHttp;
import nl.uitzicht.outbound.OutboundRefused;
import org.junit.jupiter.api.Test;

/** The checks on a provider's discovery document, with the HTTP answer given (no network). */
class ProviderDiscoveryTest {

    private static final String ISSUER = "https://idp.example.nl/realms/swv";
    private final AtomicReference<String> asked = new AtomicReference<>();
    private final OutboundAddresses addresses = new OutboundAddresses(false);

    private ProviderDiscovery answering(int status, String body) {
        return new ProviderDiscovery(
                new OutboundHttp(addresses) {
                    @Override
                    public Response get(String url, Map<String, List<String>> headers) {
                        asked.set(url);
                        return new Response(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
                    }
                },
                addresses);
    }

    private ProviderDiscovery refusing(OutboundRefused.Reason reason) {
        return new ProviderDiscovery(
                new OutboundHttp(addresses) {
                    @Override
                    public Response get(String url, Map<String, List<String>> headers) throws IOException {
                        throw new OutboundRefused(reason, url);
                    }
                },
                addresses);
    }

    private static String document(String issuer, String tokenEndpoint) {
        return """
                {"issuer": "%s", "authorization_endpoint": "%s/auth", "token_endpoint": "%s",
                 "jwks_uri": "%s/certs", "claims_supported": ["email", "sub"], "response_types_supported": ["code"]}
                """.formatted(issuer, ISSUER, tokenEndpoint, ISSUER);
    }

    private static DiscoveryProblem problem(ProviderDiscovery discovery, String issuer) {
        return catchThrowableOfType(DiscoveryProblem.class, () -> discovery.discover(issuer));
    }

    @Test
    void aFittingDocumentGivesTheEndpoints() {
        ProviderMetadata m = answering(200, document(ISSUER, ISSUER + "/token")).discover(ISSUER + "/");
        assertThat(asked).hasValue(ISSUER + "/.well-known/openid-configuration");
        assertThat(m.issuer()).isEqualTo(ISSUER);
        assertThat(m.tokenEndpoint()).isEqualTo(ISSUER + "/token");
        assertThat(m.jwksUri()).isEqualTo(ISSUER + "/certs");
        assertThat(m.userinfoEndpoint()).isNull();
        assertThat(m.claimsSupported()).containsExactly("email", "sub");
        assertThat(m.responseTypesSupported()).containsExactly("code");
    }

    @Test
    void theDocumentMustNameTheSameIssuer() {
        DiscoveryProblem p = problem(answering(200, document("https://evil.example.com", ISSUER + "/token")), ISSUER);
        assertThat(p.messageKey()).isEqualTo("admin.idp.error.issuer");
        assertThat(p.params()).containsExactly("https://evil.example.com");
    }

    @Test
    void theClientSecretOnlyGoesToTheIssuersOwnOrigin() {
        assertThat(problem(answering(200, document(ISSUER, "https://tokens.example.com/token")), ISSUER)
                        .messageKey())
                .isEqualTo("admin.idp.error.tokenOrigin");
        assertThat(problem(answering(200, document(ISSUER, "https://idp.example.nl:8443/token")), ISSUER)
                        .messageKey())
                .isEqualTo("admin.idp.error.tokenOrigin");
        assertThat(answering(200, document(ISSUER, "https://IDP.example.nl:443/t"))
                        .discover(ISSUER)
                        .tokenEndpoint())
                .isEqualTo("https://IDP.example.nl:443/t");
    }

    @Test
    void requiredEndpointsMustBeThere() {
        assertThat(problem(
                                answering(
                                        200,
                                        "{\"issuer\": \"" + ISSUER + "\", \"authorization_endpoint\": \"" + ISSUER
                                                + "/auth\", \"token_endpoint\": \"" + ISSUER + "/token\"}"),
                                ISSUER)
                        .params())
                .containsExactly("jwks_uri");
    }

    @Test
    void badAnswersHaveTheirOwnMessages() {
        assertThat(problem(answering(404, "not found"), ISSUER).messageKey()).isEqualTo("admin.idp.error.status");
        assertThat(problem(answering(200, "<html/>"), ISSUER).messageKey()).isEqualTo("admin.idp.error.notJson");
        assertThat(problem(answering(200, "[1, 2]"), ISSUER).messageKey()).isEqualTo("admin.idp.error.notJson");
        assertThat(problem(refusing(OutboundRefused.Reason.REDIRECT), ISSUER).messageKey())
                .isEqualTo("admin.idp.error.redirect");
        assertThat(problem(refusing(OutboundRefused.Reason.TOO_LARGE), ISSUER).messageKey())
                .isEqualTo("admin.idp.error.tooLarge");
    }

    @Test
    void theIssuerItselfMustBeAPlainHttpsUrl() {
        ProviderDiscovery d = answering(200, document(ISSUER, ISSUER + "/token"));
        assertThat(problem(d, "https://idp.example.nl/realms/swv?x=1").messageKey())
                .isEqualTo("admin.idp.error.url");
        assertThat(problem(d, "http://idp.example.nl").messageKey()).isEqualTo("admin.idp.error.url");
        assertThat(problem(d, "https://10.0.0.8").messageKey()).isEqualTo("admin.idp.error.address");
        assertThat(asked).hasValue(null);
    }

    @Test
    void theOriginWritesTheDefaultPort() {
        assertThat(ProviderDiscovery.origin(URI.create("https://IdP.example.nl/x")))
                .isEqualTo("https://idp.example.nl:443");
        assertThat(ProviderDiscovery.origin(URI.create("http://idp.example.nl/x")))
                .isEqualTo("http://idp.example.nl:80");
        assertThat(ProviderDiscovery.origin(URI.create("https://idp.example.nl:8443")))
                .isEqualTo("https://idp.example.nl:8443");
    }
}
