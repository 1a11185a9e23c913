package nl.uitzicht.trainer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainerProfileRows extends JpaRepository<TrainerProfile, UUID> {

    @Query("select p from TrainerProfile p where p.trainerId = :trainerId")
    Optional<TrainerProfile> ofTrainer(UUID trainerId);

    @Query("select p from TrainerProfile p where p.trainerId in :trainerIds")
    List<TrainerProfile> ofTrainers(Collection<UUID> trainerIds);
}
