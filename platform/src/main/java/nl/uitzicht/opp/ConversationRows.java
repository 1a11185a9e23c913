package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRows extends JpaRepository<ConversationRecord, UUID> {

    List<ConversationRecord> findByOppIdOrderByHeldOnDescRecordedAtDesc(UUID oppId);
}
