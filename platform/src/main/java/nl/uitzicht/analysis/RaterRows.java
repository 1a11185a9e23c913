package nl.uitzicht.analysis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RaterRows extends JpaRepository<Rater, UUID> {

    List<Rater> findByRoundIdOrderByDisplayNameAsc(UUID roundId);

    Optional<Rater> findByRoundIdAndAccountId(UUID roundId, UUID accountId);

    List<Rater> findByAccountId(UUID accountId);
}
