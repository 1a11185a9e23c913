package nl.uitzicht.request;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.ExpertOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert's side of a request ("Mijn adviezen"): the requests a case manager assigned to them, and their advice on
 * each, recorded separately from the other expert's (they see only their own). Any request not assigned to them is
 * "not found", whatever id is asked for; the role is read from the database on every call. Every read and advice is
 * audited.
 */
@Service
@ExpertOnly
public class ExpertRequests {

    private final RequestAccess access;

    ExpertRequests(RequestAccess access) {
        this.access = access;
    }

    /** One page of the requests assigned to the expert, by due date. */
    @Transactional
    public List<RequestSummary> assigned(RegionCaller caller, int offset, int limit) {
        access.requireRole(caller, Role.EXPERT);
        if (limit <= 0) {
            return List.of();
        }
        List<RequestSummary> page = access.summaries(RequestSearch.page(
                access.requests(),
                RequestSearch.assignedTo(caller.accountId()),
                offset,
                limit,
                Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("id"))));
        if (!page.isEmpty()) {
            access.audit(
                    caller.actor(),
                    AuditAction.VIEW,
                    null,
                    "assigned requests " + (offset + 1) + "-" + (offset + page.size()));
        }
        return page;
    }

    /** How many requests {@link #assigned} pages through. A count only; not audited. */
    @Transactional(readOnly = true)
    public int countAssigned(RegionCaller caller) {
        access.requireRole(caller, Role.EXPERT);
        return (int) access.requests().count(RequestSearch.assignedTo(caller.accountId()));
    }

    /** A request assigned to the expert, with only their own advice. */
    @Transactional
    public RequestDetail get(RegionCaller caller, UUID requestId) {
        SupportRequest request = access.forExpert(caller, requestId);
        access.audit(caller.actor(), AuditAction.VIEW, requestId, "expert");
        return access.detail(request, RequestAccess.AdviceShown.OWN, caller.accountId());
    }

    /**
     * The OPP version the assigned request rests on, read-only (ADR 0101); any other request is "not found". Audited
     * as a read of the pupil's plan.
     */
    @Transactional
    public RaterDossier plan(RegionCaller caller, UUID requestId) {
        SupportRequest request = access.forExpert(caller, requestId);
        return access.plan(caller.actor(), request, "expert");
    }

    /** The expert's advice, once per expert and request, before the decision. */
    @Transactional
    public RequestDetail advise(RegionCaller caller, UUID requestId, AdviceInput input) {
        SupportRequest request = access.forExpert(caller, requestId);
        if (!request.getStatus().open()) {
            throw new InvalidInput("advice", "request.error.closed");
        }
        AdviceInput checked = RequestRules.advice(input, access.today());
        if (request.getSubmittedOn() != null && checked.givenOn().isBefore(request.getSubmittedOn())) {
            throw new InvalidInput("givenOn", "request.validation.beforeSubmitted");
        }
        if (access.advice()
                .findByRequestIdAndExpertAccountId(requestId, caller.accountId())
                .isPresent()) {
            throw new InvalidInput("advice", "request.error.adviceGiven");
        }
        try {
            access.advice()
                    .saveAndFlush(
                            new AdviceRecord(requestId, caller.accountId(), caller.name(), checked, access.now()));
        } catch (DataIntegrityViolationException twice) {
            throw new InvalidInput("advice", "request.error.adviceGiven");
        }
        request.touch(access.now());
        access.requests().saveAndFlush(request);
        access.audit(
                caller.actor(),
                AuditAction.CREATE,
                requestId,
                "advice " + checked.discipline() + ": " + checked.recommendation());
        return access.detail(request, RequestAccess.AdviceShown.OWN, caller.accountId());
    }

    /** An attachment of an assigned request, for download. */
    @Transactional
    public byte[] attachment(RegionCaller caller, UUID requestId, UUID attachmentId) {
        access.forExpert(caller, requestId);
        byte[] content = access.attachments().content(requestId, attachmentId).orElseThrow(OutOfScopeException::new);
        access.audit(caller.actor(), AuditAction.VIEW, requestId, "attachment " + attachmentId);
        return content;
    }
}
