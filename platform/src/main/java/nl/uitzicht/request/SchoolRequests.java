package nl.uitzicht.request;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.ParentAnswers;
import nl.uitzicht.opp.ParentNote;
import nl.uitzicht.opp.ParentNoteKind;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's side of a request (issue 16 point 1): staff of the pupil's school start a request from the pupil's
 * current OPP (linked by id and version, nothing copied by hand), fill in the question, the basic support already
 * given (prefilled from the plan's basic-support interventions and their categories) and the parents' view, attach
 * PDFs, and submit it to the region's queue with its decision term. They see their schools' requests and the
 * outcome, never another school's. Every read and change is audited.
 */
@Service
@StaffOnly
public class SchoolRequests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RequestAccess access;
    private final OppPlans plans;
    private final SupportCategories categories;
    private final RequestSettingsRows settings;
    private final DecisionLetters letters;
    private final ParentAnswers parentAnswers;

    SchoolRequests(
            RequestAccess access,
            OppPlans plans,
            SupportCategories categories,
            RequestSettingsRows settings,
            DecisionLetters letters,
            ParentAnswers parentAnswers) {
        this.access = access;
        this.parentAnswers = parentAnswers;
        this.plans = plans;
        this.categories = categories;
        this.settings = settings;
        this.letters = letters;
    }

    /** A new draft request from the pupil's open OPP, linked to its current version. */
    @Transactional
    public RequestDetail start(StaffScope scope, UUID oppId, RequestDraft draft) {
        OppPlan plan = currentPlan(scope, oppId);
        Optional<ParentsViewFromPortal> portal = portalView(scope, oppId);
        RequestDraft checked = RequestRules.draft(withPortalView(draft, portal), false);
        List<UUID> basicCategories = basicSupportCategories(plan);
        if (checked.basicSupportDone().isEmpty()) {
            checked = new RequestDraft(
                    checked.type(),
                    checked.fundingCategory(),
                    checked.extendsRequestId(),
                    checked.question(),
                    basicSupportText(plan),
                    checked.parentsView(),
                    checked.parentsViewSource());
        }
        checkExtension(scope, plan.pupil().id(), checked);
        SupportRequest request = new SupportRequest(
                plan.schoolId(),
                plan.pupil().id(),
                plan.pupil().name(),
                checked.type(),
                plan.id(),
                plan.content().versionNo(),
                RequestAccess.accountOf(scope.actor()),
                scope.name(),
                access.now());
        request.edit(checked, basicCategories, givenAt(checked, portal), access.now());
        access.requests().saveAndFlush(request);
        access.audit(
                scope.actor(),
                AuditAction.CREATE,
                request.getId(),
                checked.type() + " from OPP " + plan.id() + " version "
                        + plan.content().versionNo());
        return access.detail(request, RequestAccess.AdviceShown.NONE, null);
    }

    /**
     * The parents' view on the pupil's plan as they wrote it in the parent portal, if they did: what a request on
     * this plan takes as the parents' view (source {@link ParentsViewSource#PORTAL}). Audited as a read of the plan.
     */
    @Transactional
    public Optional<ParentsViewFromPortal> parentsViewFromPortal(StaffScope scope, UUID oppId) {
        Optional<ParentsViewFromPortal> view = portalView(scope, oppId);
        access.auditPlanRead(scope.actor(), oppId, "parents' view for a request");
        return view;
    }

    /** Changes a draft (only a draft: once submitted the region works with what was sent). */
    @Transactional
    public RequestDetail update(StaffScope scope, UUID requestId, long expectedVersion, RequestDraft draft) {
        SupportRequest request = draftOf(scope, requestId, expectedVersion);
        Optional<ParentsViewFromPortal> portal = portalView(scope, request.getOppId());
        RequestDraft checked = RequestRules.draft(withPortalView(draft, portal), false);
        checkExtension(scope, request.getPupilId(), checked);
        request.edit(checked, request.getBasicSupportCategoryIds(), givenAt(checked, portal), access.now());
        access.requests().saveAndFlush(request);
        access.audit(scope.actor(), AuditAction.UPDATE, requestId, "draft");
        return access.detail(request, RequestAccess.AdviceShown.NONE, null);
    }

    /** Attaches a PDF (checked by its first bytes, at most 10 MB, at most 10 per request) before the decision. */
    @Transactional
    public AttachmentInfo attach(StaffScope scope, UUID requestId, String fileName, byte[] content) {
        SupportRequest request = access.forSchool(scope, requestId);
        if (request.getStatus() != RequestStatus.DRAFT && !request.getStatus().open()) {
            throw new InvalidInput("file", "request.error.closed");
        }
        String name =
                RequestRules.attachment(fileName, content, access.attachments().countByRequestId(requestId));
        RequestAttachment attachment = new RequestAttachment(requestId, name, content, scope.name(), access.now());
        access.attachments().saveAndFlush(attachment);
        request.touch(access.now());
        access.audit(scope.actor(), AuditAction.CREATE, requestId, "attachment " + name);
        return attachment.info();
    }

    /** An attachment's content, for download. */
    @Transactional
    public byte[] attachment(StaffScope scope, UUID requestId, UUID attachmentId) {
        access.forSchool(scope, requestId);
        byte[] content = access.attachments().content(requestId, attachmentId).orElseThrow(OutOfScopeException::new);
        access.audit(scope.actor(), AuditAction.VIEW, requestId, "attachment " + attachmentId);
        return content;
    }

    /**
     * Sends the request to the region: everything the region needs must be filled in, the OPP link moves to the
     * plan's current version (what the school sends is what the region reads), and the decision term starts today.
     */
    @Transactional
    public RequestDetail submit(StaffScope scope, UUID requestId, long expectedVersion) {
        SupportRequest request = draftOf(scope, requestId, expectedVersion);
        RequestRules.draft(
                new RequestDraft(
                        request.getType(),
                        request.getFundingCategory(),
                        request.getExtendsRequestId(),
                        request.getQuestion(),
                        request.getBasicSupportDone(),
                        request.getParentsView(),
                        request.getParentsViewSource()),
                true);
        OppPlan plan = currentPlan(scope, request.getOppId());
        request.relinkOpp(plan.content().versionNo());
        int weeks = settings.findById(TenantContext.require())
                .map(RequestSettingsRow::getDecisionTermWeeks)
                .orElse(RequestTerms.DEFAULT_DECISION_TERM_WEEKS);
        var today = access.today();
        request.submit(scope.name(), today, RequestTerms.decisionDue(today, weeks), access.now());
        access.requests().saveAndFlush(request);
        access.audit(
                scope.actor(),
                AuditAction.UPDATE,
                requestId,
                "submitted with OPP version " + plan.content().versionNo() + ", due " + request.getDueOn());
        return access.detail(request, RequestAccess.AdviceShown.NONE, null);
    }

    /** Withdraws a submitted request the region has not decided yet (a draft was never sent: nothing to withdraw). */
    @Transactional
    public RequestDetail withdraw(StaffScope scope, UUID requestId, long expectedVersion) {
        SupportRequest request = access.forSchool(scope, requestId);
        RequestAccess.expectVersion(request, expectedVersion);
        if (!request.getStatus().open()) {
            throw new InvalidInput("status", "request.error.closed");
        }
        request.withdraw(access.now());
        access.requests().saveAndFlush(request);
        access.audit(scope.actor(), AuditAction.UPDATE, requestId, "withdrawn");
        return access.detail(request, RequestAccess.AdviceShown.NONE, null);
    }

    /** One request of the staff member's schools, with the decision once made (not the experts' advice). */
    @Transactional
    public RequestDetail get(StaffScope scope, UUID requestId) {
        SupportRequest request = access.forSchool(scope, requestId);
        access.audit(scope.actor(), AuditAction.VIEW, requestId, "school");
        return access.detail(request, RequestAccess.AdviceShown.NONE, null);
    }

    /** One page of the requests of the staff member's schools, newest first; the page is audited. */
    @Transactional
    public List<RequestSummary> page(StaffScope scope, int offset, int limit) {
        if (scope.schoolIds().isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SupportRequest> rows = RequestSearch.page(
                access.requests(),
                RequestSearch.ofSchools(scope.schoolIds()),
                offset,
                limit,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        List<RequestSummary> page = access.summaries(rows);
        if (!page.isEmpty()) {
            access.audit(
                    scope.actor(),
                    AuditAction.VIEW,
                    null,
                    "school requests " + (offset + 1) + "-" + (offset + page.size()));
        }
        return page;
    }

    /** How many requests {@link #page} pages through. A count only; not audited. */
    @Transactional(readOnly = true)
    public int count(StaffScope scope) {
        return scope.schoolIds().isEmpty()
                ? 0
                : (int) access.requests().count(RequestSearch.ofSchools(scope.schoolIds()));
    }

    /** The requests of one pupil of the staff member's schools (e.g. to pick the TLV an extension follows). */
    @Transactional
    public List<RequestSummary> ofPupil(StaffScope scope, UUID pupilId) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        List<SupportRequest> rows = access.requests()
                .findAll(
                        RequestSearch.ofPupil(pupilId).and(RequestSearch.ofSchools(scope.schoolIds())),
                        Sort.by("createdAt", "id"));
        if (!rows.isEmpty()) {
            access.audit(scope.actor(), AuditAction.VIEW, null, "requests of pupil " + pupilId);
        }
        return access.summaries(rows);
    }

    /**
     * The requests built on one OPP of the staff member's schools, newest first (for the OPP page): what the school
     * asked the region on this plan, with status, due date and outcome. Audited when there are any.
     */
    @Transactional
    public List<RequestSummary> ofPlan(StaffScope scope, UUID oppId) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        List<SupportRequest> rows = access.requests()
                .findAll(
                        RequestSearch.ofOpp(oppId).and(RequestSearch.ofSchools(scope.schoolIds())),
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        if (!rows.isEmpty()) {
            access.audit(scope.actor(), AuditAction.VIEW, null, "requests on OPP " + oppId);
        }
        return access.summaries(rows);
    }

    /** The decision letter (PDF) of a decided request. Rendered outside any transaction; audited as an export. */
    public byte[] letter(StaffScope scope, UUID requestId) {
        return letters.letter(() -> access.forSchool(scope, requestId), scope.actor(), true);
    }

    private SupportRequest draftOf(StaffScope scope, UUID requestId, long expectedVersion) {
        SupportRequest request = access.forSchool(scope, requestId);
        RequestAccess.expectVersion(request, expectedVersion);
        if (request.getStatus() != RequestStatus.DRAFT) {
            throw new InvalidInput("status", "request.error.notDraft");
        }
        return request;
    }

    private OppPlan currentPlan(StaffScope scope, UUID oppId) {
        OppPlan plan = plans.open(scope, oppId);
        if (!plan.state().open()) {
            throw new InvalidInput("oppId", "request.error.planNotCurrent");
        }
        return plan;
    }

    /**
     * The parents' notes of kind "view" on the plan (every version), newest first, one paragraph each: "name, date:
     * text". Empty when the parents wrote none (then staff record the view).
     */
    private Optional<ParentsViewFromPortal> portalView(StaffScope scope, UUID oppId) {
        List<ParentNote> views = parentAnswers.ofPlan(scope, oppId).notes().stream()
                .filter(n -> n.kind() == ParentNoteKind.VIEW)
                .sorted(Comparator.comparing(ParentNote::writtenAt).reversed())
                .toList();
        if (views.isEmpty()) {
            return Optional.empty();
        }
        String text = views.stream()
                .map(n -> n.parentName() + ", " + DAY.format(access.dayOf(n.writtenAt())) + ": "
                        + n.body().strip())
                .collect(Collectors.joining("\n\n"));
        if (text.length() > RequestRules.TEXT_MAX) {
            text = text.substring(0, RequestRules.TEXT_MAX);
        }
        return Optional.of(new ParentsViewFromPortal(text, views.getFirst().writtenAt()));
    }

    /**
     * The parents' view the request takes: the portal's when the school asks for it (source PORTAL: whatever text came
     * with it is replaced, so no one can present their own words as the parents'), or when none is filled in and the
     * parents wrote one; otherwise what staff recorded. PORTAL without a view in the portal is refused.
     */
    private static RequestDraft withPortalView(RequestDraft draft, Optional<ParentsViewFromPortal> portal) {
        boolean asked = draft.parentsViewSource() == ParentsViewSource.PORTAL;
        if (asked && portal.isEmpty()) {
            throw new InvalidInput("parentsViewSource", "request.validation.noPortalView");
        }
        if (portal.isEmpty() || !(asked || draft.parentsView().isBlank())) {
            return draft;
        }
        return new RequestDraft(
                draft.type(),
                draft.fundingCategory(),
                draft.extendsRequestId(),
                draft.question(),
                draft.basicSupportDone(),
                portal.get().text(),
                ParentsViewSource.PORTAL);
    }

    private static @Nullable Instant givenAt(RequestDraft checked, Optional<ParentsViewFromPortal> portal) {
        return checked.parentsViewSource() == ParentsViewSource.PORTAL
                ? portal.map(ParentsViewFromPortal::writtenAt).orElse(null)
                : null;
    }

    /** An extension follows a granted TLV of the same pupil. */
    private void checkExtension(StaffScope scope, UUID pupilId, RequestDraft draft) {
        if (draft.type() != RequestType.TLV_EXTENSION || draft.extendsRequestId() == null) {
            return;
        }
        SupportRequest earlier = access.requests()
                .findById(draft.extendsRequestId())
                .filter(r -> r.getPupilId().equals(pupilId) && scope.covers(r.getSchoolId()))
                .filter(r -> r.getType().isTlv() && r.getStatus() == RequestStatus.DECIDED)
                .orElseThrow(() -> new InvalidInput("extendsRequestId", "request.validation.extendsRequest"));
        access.decisions()
                .findByRequestId(earlier.getId())
                .filter(d -> d.view().outcome() != Outcome.REFUSED)
                .orElseThrow(() -> new InvalidInput("extendsRequestId", "request.validation.extendsRequest"));
    }

    private static List<UUID> basicSupportCategories(OppPlan plan) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Intervention i : plan.content().handelingsdeel().interventions()) {
            if (i.level() == SupportLevel.BASIC) {
                ids.add(i.supportCategoryId());
            }
        }
        return new ArrayList<>(ids);
    }

    /** One line per basic-support intervention of the plan: "category: what, who, how often". */
    private String basicSupportText(OppPlan plan) {
        Map<UUID, String> names = categories.all().stream()
                .collect(Collectors.toMap(SupportCategory::id, SupportCategory::name, (a, b) -> a));
        String text = plan.content().handelingsdeel().interventions().stream()
                .filter(i -> i.level() == SupportLevel.BASIC)
                .sorted(Comparator.comparing((Intervention i) -> names.getOrDefault(i.supportCategoryId(), "")))
                .map(i -> names.getOrDefault(i.supportCategoryId(), "") + ": " + i.description() + " (" + i.frequency()
                        + ")")
                .collect(Collectors.joining("\n"));
        return text.length() > RequestRules.TEXT_MAX ? text.substring(0, RequestRules.TEXT_MAX) : text;
    }
}
