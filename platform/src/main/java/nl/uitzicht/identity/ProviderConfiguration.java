package nl.uitzicht.identity;

import org.jspecify.annotations.Nullable;

/** A region's identity provider settings without the secret, for the administrator's form. */
public record ProviderConfiguration(
        String issuerUri,
        String clientId,
        String emailClaim,
        @Nullable String brinClaim,
        boolean enabled) {}
