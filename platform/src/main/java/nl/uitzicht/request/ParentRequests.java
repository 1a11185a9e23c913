package nl.uitzicht.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.ParentOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.parent.ParentChild;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parent's view of requests (issue 16 point 3): the decisions on requests about their own children, with the
 * letter. Every call checks the parent link in the database ({@link ParentLinks}); a request not decided yet, or about
 * another child, is "not found". Audited.
 */
@Service
@ParentOnly
public class ParentRequests {

    private final RequestAccess access;
    private final ParentLinks links;
    private final DecisionLetters letters;

    ParentRequests(RequestAccess access, ParentLinks links, DecisionLetters letters) {
        this.access = access;
        this.links = links;
        this.letters = letters;
    }

    /** The decided requests of the parent's children, newest decision first. */
    @Transactional
    public List<ParentDecision> decisions(ParentScope scope) {
        Map<UUID, ParentChild> children =
                links.children(scope).stream().collect(Collectors.toMap(ParentChild::pupilId, c -> c, (a, b) -> a));
        if (children.isEmpty()) {
            return List.of();
        }
        List<ParentDecision> decided = access
                .requests()
                .findAll(
                        (root, query, cb) -> cb.and(
                                root.get("pupilId").in(children.keySet()),
                                cb.equal(root.get("status"), RequestStatus.DECIDED)),
                        Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id")))
                .stream()
                .flatMap(r -> access.decisions().findByRequestId(r.getId()).stream()
                        .map(d -> new ParentDecision(
                                r.getId(),
                                r.getPupilId(),
                                children.get(r.getPupilId()).pupilName(),
                                r.getType(),
                                d.view())))
                .toList();
        decided.forEach(d -> access.audit(scope.actor(), AuditAction.VIEW, d.requestId(), "parent"));
        return decided;
    }

    /** The decision letter of a decided request about the parent's child (PDF); audited as an export. */
    public byte[] letter(ParentScope scope, UUID requestId) {
        return letters.letter(() -> decidedFor(scope, requestId), scope.actor(), false);
    }

    private SupportRequest decidedFor(ParentScope scope, UUID requestId) {
        SupportRequest request = access.requests().findById(requestId).orElseThrow(OutOfScopeException::new);
        if (request.getStatus() != RequestStatus.DECIDED) {
            throw new OutOfScopeException();
        }
        links.requireChild(scope, request.getPupilId());
        return request;
    }
}
