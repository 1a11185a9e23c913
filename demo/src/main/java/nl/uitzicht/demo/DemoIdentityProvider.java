package nl.uitzicht.demo;

import java.util.Optional;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;

/**
 * Demo mode with an OIDC provider at hand (the compose stack's Keycloak): makes it the provider of
 * one demo region, so "log in via your region" works at once. Set
 * {@code uitzicht.demo.oidc.issuer-uri}, {@code client-id}, {@code client-secret} and optionally
 * {@code region} (default PO2999). Idempotent: leaves a provider that already has this issuer and
 * client alone.
 */
@Order(5)
@ConditionalOnExpression("!'${uitzicht.demo.oidc.issuer-uri:}'.isBlank()")
class DemoIdentityProvider implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentityProvider.class);

    private final RegionDirectory regions;
    private final IdentityProviderSettings providers;
    private final String regionCode;
    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;

    private final SystemWork systemWork;

    DemoIdentityProvider(
            SystemWork systemWork,
            RegionDirectory regions,
            IdentityProviderSettings providers,
            @Value("${uitzicht.demo.oidc.region:" + DemoRegions.PO_CODE + "}") String regionCode,
            @Value("${uitzicht.demo.oidc.issuer-uri}") String issuerUri,
            @Value("${uitzicht.demo.oidc.client-id:uitzicht}") String clientId,
            @Value("${uitzicht.demo.oidc.client-secret}") String clientSecret) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.providers = providers;
        this.regionCode = regionCode;
        this.issuerUri = issuerUri.trim();
        this.clientId = clientId.trim();
        this.clientSecret = clientSecret;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        Optional<Region> region = regions.findByCode(regionCode);
        if (region.isEmpty()) {
            log.warn("Demo OIDC: region {} does not exist; no provider configured", regionCode);
            return;
        }
        Optional<OidcSettings> current = providers.forRegionCode(regionCode);
        if (current.isPresent()
                && current.get().issuerUri().equals(issuerUri)
                && current.get().clientId().equals(clientId)
                && current.get().clientSecret().equals(clientSecret)) {
            return;
        }
        providers.configure(region.get().getId(), issuerUri, clientId, clientSecret, "email", null);
        log.info("Demo OIDC: region {} logs in via {}", regionCode, issuerUri);
    }
}
