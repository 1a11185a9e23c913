package nl.uitzicht.opp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OppVersionRows extends JpaRepository<OppVersion, UUID> {

    Optional<OppVersion> findByOppIdAndVersionNo(UUID oppId, int versionNo);

    List<OppVersion> findByOppIdOrderByVersionNoDesc(UUID oppId);
}
