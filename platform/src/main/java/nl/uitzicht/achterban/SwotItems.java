package nl.uitzicht.achterban;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SwotItems extends JpaRepository<SwotItem, UUID> {

    @Query("select i from SwotItem i where i.trainerId = :trainerId order by i.createdAt")
    List<SwotItem> ofTrainer(UUID trainerId);

    @Query("select count(i) from SwotItem i where i.trainerId = :trainerId")
    long countOfTrainer(UUID trainerId);
}
