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

    /** One page of the listed OPPs of these schools: discarded drafts are not listed (ADR 0077). */
    @Query("select o from Opp o where o.schoolId in :schoolIds and o.state <> nl.uitzicht.opp.OppState.DISCARDED"
            + " order by o.updatedAt desc, o.id")
    List<Opp> findListedBySchools(Collection<UUID> schoolIds, Pageable page);

    long countBySchoolIdInAndStateNot(Collection<UUID> schoolIds, OppState state);

    List<Opp> findByPupilId(UUID pupilId);

    /** The open OPPs of these schools: one query for a whole pupil list (issue 13, no query per row). */
    @Query("select o from Opp o where o.schoolId in :schoolIds and o.state not in"
            + " (nl.uitzicht.opp.OppState.CLOSED, nl.uitzicht.opp.OppState.DISCARDED)")
    List<Opp> findOpenBySchools(Collection<UUID> schoolIds);

    /** The bound region's open OPPs (row-level security keeps it to the region): for the school-year rollover. */
    @Query("select o from Opp o where o.state not in"
            + " (nl.uitzicht.opp.OppState.CLOSED, nl.uitzicht.opp.OppState.DISCARDED)")
    List<Opp> findOpen();
}
