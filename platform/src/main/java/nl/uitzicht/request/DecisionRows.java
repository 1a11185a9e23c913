package nl.uitzicht.request;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRows extends JpaRepository<DecisionRecord, UUID> {

    Optional<DecisionRecord> findByRequestId(UUID requestId);
}
