package nl.uitzicht.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRows extends JpaRepository<RequestAttachment, UUID> {

    /** The attachments of a request without their content. */
    @Query("""
            select new nl.uitzicht.request.AttachmentInfo(a.id, a.fileName, a.sizeBytes, a.uploadedByName, a.uploadedAt)
            from RequestAttachment a where a.requestId = :requestId order by a.uploadedAt, a.id""")
    List<AttachmentInfo> infos(@Param("requestId") UUID requestId);

    @Query("select a.content from RequestAttachment a where a.id = :id and a.requestId = :requestId")
    Optional<byte[]> content(@Param("requestId") UUID requestId, @Param("id") UUID id);

    long countByRequestId(UUID requestId);
}
