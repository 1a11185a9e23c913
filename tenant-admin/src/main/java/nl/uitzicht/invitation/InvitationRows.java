package nl.uitzicht.invitation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRows extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByRegionIdOrderByCreatedAtDesc(UUID regionId);

    Optional<Invitation> findByIdAndRegionId(UUID id, UUID regionId);
}
