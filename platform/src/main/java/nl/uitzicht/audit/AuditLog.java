package nl.uitzicht.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.AuthenticatedOnly;
import nl.uitzicht.access.RegionAdminOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of the current region: every read and change of pupil data is written here,
 * in the caller's transaction, so a change and its audit record commit or roll back together.
 */
@Service
public class AuditLog {

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @AuthenticatedOnly
    public void record(
            Actor actor, AuditAction action, String subjectType, @Nullable UUID subjectId, @Nullable String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, subjectType, subjectId, detail));
    }

    @Transactional(readOnly = true)
    @RegionAdminOnly
    public List<AuditRecord> trailOf(String subjectType, UUID subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(subjectType, subjectId).stream()
                .map(AuditEvent::record)
                .toList();
    }
}
