package nl.uitzicht.achterban;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnhelpfulThoughts extends JpaRepository<UnhelpfulThought, UUID> {

    @Query("select t from UnhelpfulThought t where t.trainerId = :trainerId order by t.createdAt")
    List<UnhelpfulThought> ofTrainer(UUID trainerId);
}
