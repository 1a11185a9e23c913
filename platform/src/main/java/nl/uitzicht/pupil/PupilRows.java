package nl.uitzicht.pupil;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PupilRows extends JpaRepository<Pupil, UUID> {

    @Query("select p from Pupil p where p.schoolId in :schoolIds order by p.name")
    List<Pupil> findBySchools(Collection<UUID> schoolIds);

    /** The bound region's pupils who have not left (row-level security keeps it to the region). */
    @Query("select p from Pupil p where p.leftOn is null order by p.schoolId, p.group, p.name")
    List<Pupil> findEnrolled();
}
