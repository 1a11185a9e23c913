package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParentConsentRows extends JpaRepository<ParentConsentRecord, UUID> {

    List<ParentConsentRecord> findByOppIdOrderByGivenAtDesc(UUID oppId);

    List<ParentConsentRecord> findByOppIdAndAccountIdOrderByGivenAtDesc(UUID oppId, UUID accountId);
}
