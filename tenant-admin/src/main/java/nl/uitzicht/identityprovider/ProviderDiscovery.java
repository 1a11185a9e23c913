package nl.uitzicht.identityprovider;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.uitzicht.outbound.OutboundAddresses;
import nl.uitzicht.outbound.OutboundHttp;
import nl.uitzicht.outbound.OutboundRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches and checks {@code {issuer}/.well-known/openid-configuration}, for "Verbinding testen"
 * and for every login: through {@link OutboundHttp} only (public addresses, no redirects, short
 * timeouts, a size limit). The document must name the same issuer; its endpoints must be URLs the
 * server may call; the token endpoint, where the client secret goes, must be on the issuer's own
 * origin, so the secret only ever reaches the issuer it was stored with.
 */
@Component
public class ProviderDiscovery {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutboundHttp http;
    private final OutboundAddresses addresses;

    ProviderDiscovery(OutboundHttp http, OutboundAddresses addresses) {
        this.http = http;
        this.addresses = addresses;
    }

    /** The checked metadata; a {@link DiscoveryProblem} says what is wrong. */
    public ProviderMetadata discover(String issuerUrl) {
        String issuer = issuerUrl == null ? "" : issuerUrl.trim();
        URI issuerUri = allowed(issuer, "admin.idp.error.url");
        if (issuerUri.getRawQuery() != null) {
            throw new DiscoveryProblem("admin.idp.error.url");
        }
        String discovery = strip(issuer) + "/.well-known/openid-configuration";
        JsonNode doc = fetch(discovery);
        String announced = text(doc, "issuer");
        if (announced == null || !strip(announced).equals(strip(issuer))) {
            throw new DiscoveryProblem("admin.idp.error.issuer", String.valueOf(announced));
        }
        for (String required : List.of("authorization_endpoint", "token_endpoint", "jwks_uri")) {
            if (text(doc, required) == null) {
                throw new DiscoveryProblem("admin.idp.error.missing", required);
            }
        }
        String tokenEndpoint = endpoint(doc, "token_endpoint");
        if (!origin(allowed(tokenEndpoint, "admin.idp.error.endpoint")).equals(origin(issuerUri))) {
            throw new DiscoveryProblem("admin.idp.error.tokenOrigin", tokenEndpoint);
        }
        String userinfo = text(doc, "userinfo_endpoint");
        return new ProviderMetadata(
                announced,
                endpoint(doc, "authorization_endpoint"),
                tokenEndpoint,
                endpoint(doc, "jwks_uri"),
                userinfo == null ? null : endpoint(doc, "userinfo_endpoint"),
                strings(doc, "claims_supported"),
                strings(doc, "response_types_supported"));
    }

    private JsonNode fetch(String discovery) {
        OutboundHttp.Response response;
        try {
            response = http.get(discovery, Map.of("Accept", List.of("application/json")));
        } catch (OutboundRefused refused) {
            throw new DiscoveryProblem(
                    switch (refused.reason()) {
                        case URL -> "admin.idp.error.url";
                        case ADDRESS -> "admin.idp.error.address";
                        case REDIRECT -> "admin.idp.error.redirect";
                        case TOO_LARGE -> "admin.idp.error.tooLarge";
                    },
                    discovery);
        } catch (IOException | RuntimeException e) {
            throw new DiscoveryProblem("admin.idp.error.unreachable", discovery);
        }
        if (response.status() != 200) {
            throw new DiscoveryProblem("admin.idp.error.status", discovery, String.valueOf(response.status()));
        }
        try {
            JsonNode doc = JSON.readTree(response.body());
            if (doc == null || !doc.isObject()) {
                throw new DiscoveryProblem("admin.idp.error.notJson", discovery);
            }
            return doc;
        } catch (JacksonException e) {
            throw new DiscoveryProblem("admin.idp.error.notJson", discovery);
        }
    }

    private String endpoint(JsonNode doc, String field) {
        String url = text(doc, field);
        if (url == null) {
            throw new DiscoveryProblem("admin.idp.error.missing", field);
        }
        allowed(url, "admin.idp.error.endpoint");
        return url;
    }

    private URI allowed(String url, String problemKey) {
        try {
            return addresses.checkUrl(url);
        } catch (OutboundRefused refused) {
            throw refused.reason() == OutboundRefused.Reason.ADDRESS
                    ? new DiscoveryProblem("admin.idp.error.address", url)
                    : new DiscoveryProblem(problemKey, url);
        }
    }

    /** scheme://host:port, with the default port written out. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static List<String> strings(JsonNode doc, String field) {
        List<String> values = new ArrayList<>();
        doc.path(field).forEach(c -> values.add(c.asString()));
        return values;
    }

    private static @Nullable String text(JsonNode doc, String field) {
        JsonNode node = doc.get(field);
        return node == null || !node.isString() || node.asString().isBlank() ? null : node.asString();
    }

    private static String strip(String url) {
        return url.trim().replaceAll("/+$", "");
    }
}
