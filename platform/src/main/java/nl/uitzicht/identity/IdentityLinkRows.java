package nl.uitzicht.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdentityLinkRows extends JpaRepository<IdentityLink, UUID> {

    Optional<IdentityLink> findByIssuerAndSubject(String issuer, String subject);

    long deleteByRegionId(UUID regionId);
}
