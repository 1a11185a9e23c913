package nl.uitzicht.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdviceRows extends JpaRepository<AdviceRecord, UUID> {

    List<AdviceRecord> findByRequestIdOrderByGivenOn(UUID requestId);

    Optional<AdviceRecord> findByRequestIdAndExpertAccountId(UUID requestId, UUID expertAccountId);
}
