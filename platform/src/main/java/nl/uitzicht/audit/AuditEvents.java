package nl.uitzicht.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvents extends JpaRepository<AuditEvent, UUID> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(String subjectType, UUID subjectId);
}
