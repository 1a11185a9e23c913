package nl.uitzicht.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A region's OIDC provider as the login and the API need it (secret decrypted). */
public record OidcSettings(
        UUID regionId,
        String regionCode,
        String regionName,
        String issuerUri,
        String clientId,
        String clientSecret,
        String emailClaim,
        @Nullable String brinClaim) {

    @Override
    public String toString() {
        return "OidcSettings[" + regionCode + ", issuer=" + issuerUri + ", client=" + clientId + "]";
    }
}
