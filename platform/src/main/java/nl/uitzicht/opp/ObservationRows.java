package nl.uitzicht.opp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRows extends JpaRepository<ObservationRecord, UUID> {

    List<ObservationRecord> findByOppIdOrderByObservedOnDescRecordedAtDesc(UUID oppId);

    Optional<ObservationRecord> findByOppIdAndAttemptId(UUID oppId, UUID attemptId);
}
