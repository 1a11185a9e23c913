package nl.uitzicht.opp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRows extends JpaRepository<ConversationRecord, UUID> {

    List<ConversationRecord> findByOppIdOrderByHeldOnDescRecordedAtDesc(UUID oppId);

    Optional<ConversationRecord> findByOppIdAndAttemptId(UUID oppId, UUID attemptId);
}
