package nl.uitzicht.buddy;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BuddyFeedbacks extends JpaRepository<BuddyFeedback, UUID> {

    @Query("select f from BuddyFeedback f where f.pairId = :pairId order by f.createdAt desc")
    List<BuddyFeedback> ofPair(UUID pairId);
}
