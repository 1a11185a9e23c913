package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PupilWordRows extends JpaRepository<PupilWordRecord, UUID> {

    List<PupilWordRecord> findByOppIdOrderByWrittenAtDesc(UUID oppId);
}
