package nl.uitzicht.identityprovider;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a provider's discovery document says, after {@link ProviderDiscovery} checked it: the
 * issuer as the provider writes it (ID tokens carry exactly this), its endpoints, and what it
 * supports.
 */
public record ProviderMetadata(
        String issuer,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        @Nullable String userinfoEndpoint,
        List<String> claimsSupported,
        List<String> responseTypesSupported) {}
