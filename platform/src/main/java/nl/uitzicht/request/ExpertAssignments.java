package nl.uitzicht.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertAssignments extends JpaRepository<ExpertAssignment, UUID> {

    List<ExpertAssignment> findByRequestId(UUID requestId);

    Optional<ExpertAssignment> findByRequestIdAndExpertAccountId(UUID requestId, UUID expertAccountId);
}
