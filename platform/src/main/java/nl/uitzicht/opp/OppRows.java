package nl.uitzicht.opp;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OppRows extends JpaRepository<Opp, UUID> {

    @Query("select o from Opp o where o.schoolId in :schoolIds order by o.updatedAt desc, o.id")
    List<Opp> findBySchools(Collection<UUID> schoolIds);

    @Query("select o from Opp o where o.schoolId in :schoolIds order by o.updatedAt desc, o.id")
    List<Opp> findBySchools(Collection<UUID> schoolIds, Pageable page);

    long countBySchoolIdIn(Collection<UUID> schoolIds);

    List<Opp> findByPupilId(UUID pupilId);
}
