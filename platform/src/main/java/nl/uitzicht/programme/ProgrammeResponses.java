package nl.uitzicht.programme;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeResponses extends JpaRepository<ProgrammeResponse, UUID> {

    @Query("select r from ProgrammeResponse r where r.trainerId = :trainerId")
    List<ProgrammeResponse> ofTrainer(UUID trainerId);

    @Query("select r from ProgrammeResponse r where r.trainerId = :trainerId and r.meetingId = :meetingId")
    Optional<ProgrammeResponse> of(UUID trainerId, UUID meetingId);
}
