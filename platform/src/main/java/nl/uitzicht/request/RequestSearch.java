package nl.uitzicht.request;

import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The request lists' conditions (always under the region's RLS) and offset paging for lazy grids. */
final class RequestSearch {

    private RequestSearch() {}

    static Specification<SupportRequest> ofSchools(Collection<UUID> schoolIds) {
        return (root, query, cb) -> root.get("schoolId").in(schoolIds);
    }

    static Specification<SupportRequest> ofPupil(UUID pupilId) {
        return (root, query, cb) -> cb.equal(root.get("pupilId"), pupilId);
    }

    static Specification<SupportRequest> ofOpp(UUID oppId) {
        return (root, query, cb) -> cb.equal(root.get("oppId"), oppId);
    }

    /** The region's queue: everything submitted (drafts stay with the school), narrowed by the filter. */
    static Specification<SupportRequest> queue(QueueFilter filter, UUID caller) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> all = new java.util.ArrayList<>();
            all.add(cb.notEqual(root.get("status"), RequestStatus.DRAFT));
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            } else if (filter.openOnly()) {
                all.add(root.get("status").in(RequestStatus.SUBMITTED, RequestStatus.IN_HANDLING));
            }
            if (filter.type() != null) {
                all.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.schoolId() != null) {
                all.add(cb.equal(root.get("schoolId"), filter.schoolId()));
            }
            if (filter.mineOnly()) {
                all.add(cb.equal(root.get("caseManagerAccountId"), caller));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /** The requests assigned to one expert. */
    static Specification<SupportRequest> assignedTo(UUID expert) {
        return (root, query, cb) -> {
            Subquery<UUID> assigned = query.subquery(UUID.class);
            var e = assigned.from(ExpertAssignment.class);
            assigned.select(e.<UUID>get("requestId")).where(cb.equal(e.get("expertAccountId"), expert));
            return root.get("id").in(assigned);
        };
    }

    /** {@code limit} rows from {@code offset} on (the offset need not be a multiple of the limit). */
    static List<SupportRequest> page(
            SupportRequests requests, Specification<SupportRequest> where, int offset, int limit, Sort sort) {
        int size = Math.max(1, limit);
        int first = Math.max(0, offset);
        int pageNo = first / size;
        int skip = first - pageNo * size;
        List<SupportRequest> rows = new java.util.ArrayList<>(
                requests.findAll(where, PageRequest.of(pageNo, size, sort)).getContent());
        if (skip > 0) {
            rows.addAll(requests.findAll(where, PageRequest.of(pageNo + 1, size, sort))
                    .getContent());
        }
        return rows.subList(Math.min(skip, rows.size()), Math.min(skip + size, rows.size()));
    }
}
