package nl.uitzicht.parent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParentLinkRows extends JpaRepository<ParentLink, UUID> {

    List<ParentLink> findByPupilIdOrderByCreatedAtAsc(UUID pupilId);

    List<ParentLink> findByAccountIdAndStatusOrderByPupilNameAsc(UUID accountId, ParentLinkStatus status);

    Optional<ParentLink> findByAccountIdAndPupilIdAndStatus(UUID accountId, UUID pupilId, ParentLinkStatus status);

    Optional<ParentLink> findByInvitationId(UUID invitationId);
}
