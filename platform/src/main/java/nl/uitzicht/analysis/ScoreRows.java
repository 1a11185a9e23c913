package nl.uitzicht.analysis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRows extends JpaRepository<Score, UUID> {

    List<Score> findByRaterId(UUID raterId);

    List<Score> findByRoundId(UUID roundId);

    Optional<Score> findByRaterIdAndOppIdAndItemCode(UUID raterId, UUID oppId, String itemCode);
}
