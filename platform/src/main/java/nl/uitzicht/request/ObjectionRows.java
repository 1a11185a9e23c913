package nl.uitzicht.request;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRows extends JpaRepository<ObjectionRecord, UUID> {

    List<ObjectionRecord> findByRequestIdOrderByReceivedOn(UUID requestId);
}
