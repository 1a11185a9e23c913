package nl.uitzicht.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformAuditEvents extends JpaRepository<PlatformAuditEvent, UUID> {

    List<PlatformAuditEvent> findByOrderByOccurredAtDesc(Pageable page);

    List<PlatformAuditEvent> findByRegionIdOrderByOccurredAtDesc(UUID regionId);
}
