package nl.uitzicht.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolLeaderMarks extends JpaRepository<SchoolLeaderMark, SchoolLeaderMark.Key> {

    List<SchoolLeaderMark> findByKeyMembershipIdIn(Collection<java.util.UUID> membershipIds);
}
