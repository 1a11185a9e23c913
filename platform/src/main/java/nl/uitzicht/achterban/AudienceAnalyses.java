package nl.uitzicht.achterban;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AudienceAnalyses extends JpaRepository<AudienceAnalysis, UUID> {

    @Query("select a from AudienceAnalysis a where a.trainerId = :trainerId")
    Optional<AudienceAnalysis> ofTrainer(UUID trainerId);
}
