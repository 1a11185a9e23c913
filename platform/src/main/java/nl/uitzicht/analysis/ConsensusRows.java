package nl.uitzicht.analysis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsensusRows extends JpaRepository<Consensus, UUID> {

    List<Consensus> findByRoundId(UUID roundId);

    Optional<Consensus> findByRoundIdAndOppIdAndItemCode(UUID roundId, UUID oppId, String itemCode);
}
