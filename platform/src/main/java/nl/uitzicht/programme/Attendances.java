package nl.uitzicht.programme;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attendances extends JpaRepository<Attendance, UUID> {

    @Query("select a from Attendance a where a.trainerId = :trainerId")
    List<Attendance> ofTrainer(UUID trainerId);

    @Query("select a from Attendance a where a.trainerId = :trainerId and a.meetingId = :meetingId")
    Optional<Attendance> of(UUID trainerId, UUID meetingId);
}
