package nl.uitzicht.analysis;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OppUploadRows extends JpaRepository<OppUpload, UUID> {

    List<OppUpload> findByRoundIdAndUploadedByAndConfirmedAtIsNullOrderByUploadedAtAsc(UUID roundId, UUID uploadedBy);
}
