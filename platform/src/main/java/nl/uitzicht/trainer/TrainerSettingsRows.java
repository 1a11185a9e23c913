package nl.uitzicht.trainer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainerSettingsRows extends JpaRepository<TrainerSettings, UUID> {

    /** Row-level security leaves only the current region's row. */
    @Query("select s from TrainerSettings s")
    Optional<TrainerSettings> current();
}
