package nl.uitzicht.identityprovider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.ProviderConfiguration;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region administrator configures the region's own OpenID Connect provider (Entree Federatie,
 * SURFconext, Entra ID, Keycloak): issuer, client id and secret (stored encrypted), and the claims
 * that carry the e-mail address and the school's BRIN. The connection is tested first: the
 * discovery document is fetched and checked; a provider that fails the test is not saved.
 */
@Service
@RegionAdminOnly
public class IdentityProviderSetup {

    private static final Pattern CLAIM = Pattern.compile("[A-Za-z][A-Za-z0-9_:.\\-]{0,99}");

    private final IdentityProviderSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    IdentityProviderSetup(IdentityProviderSettings settings) {
        this.settings = settings;
    }

    public Optional<ProviderConfiguration> current() {
        return settings.configurationOf(TenantContext.require());
    }

    /** Fetches {issuer}/.well-known/openid-configuration and checks it fits. */
    public DiscoveryCheck test(String issuerUrl, String emailClaim) {
        String issuer = issuerUrl == null ? "" : issuerUrl.trim();
        URI uri;
        try {
            uri = URI.create(issuer);
        } catch (IllegalArgumentException e) {
            return DiscoveryCheck.failed("admin.idp.error.url");
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme())
                && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))))) {
            return DiscoveryCheck.failed("admin.idp.error.url");
        }
        String discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        JsonNode doc;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(discovery))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return DiscoveryCheck.failed("admin.idp.error.status", discovery, String.valueOf(response.statusCode()));
            }
            doc = JsonMapper.builder().build().readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DiscoveryCheck.failed("admin.idp.error.unreachable", discovery);
        } catch (java.io.IOException | RuntimeException e) {
            return e instanceof tools.jackson.core.JacksonException
                    ? DiscoveryCheck.failed("admin.idp.error.notJson", discovery)
                    : DiscoveryCheck.failed("admin.idp.error.unreachable", discovery);
        }
        if (!doc.isObject()) {
            return DiscoveryCheck.failed("admin.idp.error.notJson", discovery);
        }
        String announced = text(doc, "issuer");
        if (announced == null || !strip(announced).equals(strip(issuer))) {
            return DiscoveryCheck.failed("admin.idp.error.issuer", String.valueOf(announced));
        }
        for (String required : List.of("authorization_endpoint", "token_endpoint", "jwks_uri")) {
            if (text(doc, required) == null) {
                return DiscoveryCheck.failed("admin.idp.error.missing", required);
            }
        }
        List<String> claims = new ArrayList<>();
        doc.path("claims_supported").forEach(c -> claims.add(c.asString()));
        List<String> warnings = new ArrayList<>();
        if (!claims.isEmpty() && emailClaim != null && !claims.contains(emailClaim.trim())) {
            warnings.add("admin.idp.warning.claim");
        }
        List<String> responseTypes = new ArrayList<>();
        doc.path("response_types_supported").forEach(c -> responseTypes.add(c.asString()));
        if (!responseTypes.isEmpty() && !responseTypes.contains("code")) {
            return DiscoveryCheck.failed("admin.idp.error.code");
        }
        return new DiscoveryCheck(true, null, List.of(), text(doc, "authorization_endpoint"),
                text(doc, "token_endpoint"), text(doc, "jwks_uri"), claims, warnings);
    }

    /**
     * Tests, then saves. An empty secret keeps the stored one (a first configuration needs one).
     * Returns the test result; nothing is saved unless it is ok.
     */
    public DiscoveryCheck save(String issuerUrl, String clientId, @Nullable String clientSecret, String emailClaim,
                               @Nullable String brinClaim) {
        if (clientId == null || clientId.isBlank() || clientId.length() > 200) {
            return DiscoveryCheck.failed("admin.idp.error.clientId");
        }
        if (emailClaim == null || !CLAIM.matcher(emailClaim.trim()).matches()) {
            return DiscoveryCheck.failed("admin.idp.error.claim");
        }
        String brin = brinClaim == null || brinClaim.isBlank() ? null : brinClaim.trim();
        if (brin != null && !CLAIM.matcher(brin).matches()) {
            return DiscoveryCheck.failed("admin.idp.error.claim");
        }
        boolean keepSecret = clientSecret == null || clientSecret.isBlank();
        if (keepSecret && current().isEmpty()) {
            return DiscoveryCheck.failed("admin.idp.error.secret");
        }
        DiscoveryCheck check = test(issuerUrl, emailClaim);
        if (!check.ok()) {
            return check;
        }
        if (keepSecret) {
            settings.configureKeepingSecret(TenantContext.require(), issuerUrl, clientId, emailClaim, brin);
        } else {
            settings.configure(TenantContext.require(), issuerUrl, clientId, clientSecret, emailClaim, brin);
        }
        return check;
    }

    private static @Nullable String text(JsonNode doc, String field) {
        JsonNode node = doc.get(field);
        return node == null || !node.isString() || node.asString().isBlank() ? null : node.asString();
    }

    private static String strip(String url) {
        return url.trim().replaceAll("/+$", "");
    }
}
