package nl.uitzicht.audit;

import java.util.List;
import java.util.Locale;
import nl.uitzicht.access.RegionAdminOnly;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole audit trail of the current region, newest first, for its administrators (and a privacy
 * officer among them): who read or changed which record, when. Subjects by type and id only; the
 * records' content is never part of the trail.
 */
@Service
@Transactional(readOnly = true)
@RegionAdminOnly
public class RegionAuditTrail {

    private final AuditEvents events;

    RegionAuditTrail(AuditEvents events) {
        this.events = events;
    }

    public List<AuditRecord> page(AuditQuery query, int page, int size) {
        return events
                .findAll(matching(query), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt")))
                .stream()
                .map(AuditEvent::record)
                .toList();
    }

    public long count(AuditQuery query) {
        return events.count(matching(query));
    }

    private static Specification<AuditEvent> matching(AuditQuery q) {
        Specification<AuditEvent> spec = (e, cq, cb) -> cb.and(
                cb.greaterThanOrEqualTo(e.get("occurredAt"), q.from()), cb.lessThan(e.get("occurredAt"), q.to()));
        if (q.subjectType() != null) {
            spec = spec.and((e, cq, cb) -> cb.equal(e.get("subjectType"), q.subjectType()));
        }
        if (q.actorContains() != null) {
            String pattern = "%"
                    + q.actorContains()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            spec = spec.and((e, cq, cb) -> cb.like(cb.lower(e.get("actorName")), pattern, '\\'));
        }
        return spec;
    }
}
