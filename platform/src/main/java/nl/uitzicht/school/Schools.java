package nl.uitzicht.school;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Schools extends JpaRepository<School, UUID> {

    @Query("select s from School s order by s.name")
    List<School> findAllOrdered();

    @Query("select s from School s where s.id in :ids order by s.name")
    List<School> findAllOrdered(Collection<UUID> ids);

    Optional<School> findByBrinAndVestiging(String brin, String vestiging);

    @Query("select new nl.uitzicht.school.SchoolTypeCount(s.type, count(s), coalesce(sum(s.pupilCount), 0)) "
            + "from School s where s.closedOn is null group by s.type order by s.type")
    List<SchoolTypeCount> countByType();
}
