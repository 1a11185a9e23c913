package nl.uitzicht.buddy;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BuddyPairs extends JpaRepository<BuddyPair, UUID> {

    @Query(
            "select p from BuddyPair p where p.requesterId = :trainerId or p.partnerId = :trainerId order by p.requestedAt desc")
    List<BuddyPair> of(UUID trainerId);

    @Query("select p from BuddyPair p where p.status = nl.uitzicht.buddy.BuddyStatus.ACTIVE")
    List<BuddyPair> active();

    @Query(
            "select p from BuddyPair p where p.status in (nl.uitzicht.buddy.BuddyStatus.REQUESTED, nl.uitzicht.buddy.BuddyStatus.ACTIVE)")
    List<BuddyPair> open();
}
