package nl.uitzicht.identityprovider;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of testing a provider: ok, or the first thing wrong (a message key with parameters);
 * and what the discovery document said, for the administrator to see.
 */
public record DiscoveryCheck(
        boolean ok,
        @Nullable String problemKey,
        List<String> params,
        @Nullable String authorizationEndpoint,
        @Nullable String tokenEndpoint,
        @Nullable String jwksUri,
        List<String> claimsSupported,
        List<String> warnings) {

    static DiscoveryCheck failed(String key, String... params) {
        return new DiscoveryCheck(false, key, List.of(params), null, null, null, List.of(), List.of());
    }
}
