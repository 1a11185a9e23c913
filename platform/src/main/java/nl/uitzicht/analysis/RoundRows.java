package nl.uitzicht.analysis;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRows extends JpaRepository<ScoringRound, UUID> {

    List<ScoringRound> findAllByOrderByCreatedAtDesc();
}
