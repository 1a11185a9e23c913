package nl.uitzicht.achterban;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerwerkingActions extends JpaRepository<VerwerkingAction, UUID> {

    @Query("select a from VerwerkingAction a where a.trainerId = :trainerId order by a.position")
    List<VerwerkingAction> ofTrainer(UUID trainerId);
}
