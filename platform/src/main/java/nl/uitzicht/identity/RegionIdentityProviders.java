package nl.uitzicht.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionIdentityProviders extends JpaRepository<RegionIdentityProvider, UUID> {

    List<RegionIdentityProvider> findByEnabledTrue();

    List<RegionIdentityProvider> findByIssuerUriAndEnabledTrue(String issuerUri);
}
