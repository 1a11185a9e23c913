package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParentNoteRows extends JpaRepository<ParentNoteRecord, UUID> {

    List<ParentNoteRecord> findByOppIdOrderByWrittenAtDesc(UUID oppId);

    List<ParentNoteRecord> findByOppIdAndAccountIdOrderByWrittenAtDesc(UUID oppId, UUID accountId);
}
