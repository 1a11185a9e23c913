package nl.uitzicht.achterban;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeQuestions extends JpaRepository<PracticeQuestion, UUID> {

    @Query("select q from PracticeQuestion q where q.trainerId = :trainerId order by q.createdAt")
    List<PracticeQuestion> ofTrainer(UUID trainerId);

    @Query("select q from PracticeQuestion q where q.forNextMeeting = true order by q.createdAt")
    List<PracticeQuestion> forNextMeeting();
}
