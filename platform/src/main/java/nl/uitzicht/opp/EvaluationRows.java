package nl.uitzicht.opp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRows extends JpaRepository<EvaluationRecord, UUID> {

    List<EvaluationRecord> findByOppIdOrderByVersionNoDesc(UUID oppId);

    Optional<EvaluationRecord> findByOppIdAndAttemptId(UUID oppId, UUID attemptId);
}
