package nl.uitzicht.achterban;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Stakeholders extends JpaRepository<Stakeholder, UUID> {

    @Query("select s from Stakeholder s where s.trainerId = :trainerId order by lower(s.name)")
    List<Stakeholder> ofTrainer(UUID trainerId);

    @Query("select s from Stakeholder s where s.trainerId in :trainerIds")
    List<Stakeholder> ofTrainers(java.util.Collection<UUID> trainerIds);
}
