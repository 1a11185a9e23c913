package nl.uitzicht.programme;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeMeetings extends JpaRepository<ProgrammeMeeting, UUID> {

    @Query("select m from ProgrammeMeeting m order by m.position")
    List<ProgrammeMeeting> ordered();
}
