package nl.uitzicht.opptemplate;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OppTemplateRows extends JpaRepository<OppTemplateEntity, UUID> {

    List<OppTemplateEntity> findBySchoolIdIsNullOrderByNameAsc();

    List<OppTemplateEntity> findBySchoolIdInOrderByNameAsc(Collection<UUID> schoolIds);

    @Query(
            "select t from OppTemplateEntity t where t.retired = false and (t.schoolId is null or t.schoolId in :schoolIds)"
                    + " order by t.name")
    List<OppTemplateEntity> findOffered(Collection<UUID> schoolIds);
}
