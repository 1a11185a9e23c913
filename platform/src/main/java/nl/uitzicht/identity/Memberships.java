package nl.uitzicht.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Memberships extends JpaRepository<Membership, UUID> {

    List<Membership> findByUserId(UUID userId);

    List<Membership> findByUserIdAndRegionId(UUID userId, UUID regionId);

    List<Membership> findByRegionId(UUID regionId);
}
