package nl.uitzicht.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, opening and listing OPPs, and the staff member's worklist. Reads are audited, so these
 * run in read-write transactions.
 */
@Service
@Transactional
@StaffOnly
public class OppPlans {

    private final OppAccess access;
    private final PupilRegister pupils;
    private final ConversationRows conversations;
    private final ObservationRows observations;
    private final EvaluationRows evaluations;
    private final Clock clock;

    OppPlans(
            OppAccess access,
            PupilRegister pupils,
            ConversationRows conversations,
            ObservationRows observations,
            EvaluationRows evaluations,
            Clock clock) {
        this.clock = clock;
        this.access = access;
        this.pupils = pupils;
        this.conversations = conversations;
        this.observations = observations;
        this.evaluations = evaluations;
    }

    /**
     * Starts a new, empty OPP (a draft) for a pupil. {@code supportStartedOn}: when extra support started (not in
     * the future, not before enrolment), or (when empty) the pupil's enrolment; the 6-week deadline runs
     * from there. The start screen asks for it; it can be corrected later ({@link OppLifecycle}).
     */
    public OppPlan start(StaffScope scope, UUID pupilId, @Nullable LocalDate supportStartedOn) {
        return start(scope, pupilId, supportStartedOn, StartingPoint.empty());
    }

    /**
     * Starts a new OPP as {@link #start(StaffScope, UUID, LocalDate)} does, with its content taken from {@code
     * from} (ADR 0081): the plan records where its content came from, and the start is audited with it. A
     * previous plan must be one of this pupil's closed plans in the person's schools.
     */
    public OppPlan start(StaffScope scope, UUID pupilId, @Nullable LocalDate supportStartedOn, StartingPoint from) {
        PupilSummary pupil = pupils.requireInScope(scope, pupilId);
        if (pupil.hasLeft()) {
            throw new InvalidInput("pupil", "opp.error.pupilLeft");
        }
        List<Opp> ofPupil = access.opps().findByPupilId(pupilId);
        if (ofPupil.stream().anyMatch(o -> o.getState().open())) {
            throw new InvalidInput("pupil", "opp.error.alreadyOpen");
        }
        Opp source = from instanceof StartingPoint.FromPlan(UUID sourceId) ? previous(scope, pupilId, sourceId) : null;
        LocalDate start = supportStartedOn == null
                ? pupil.enrolledOn()
                : OppLifecycle.supportStart(supportStartedOn, pupil.enrolledOn(), LocalDate.now(clock));
        Opp opp = new Opp(pupilId, pupil.schoolId(), start, scope.name(), access.now());
        OppVersion first = new OppVersion(opp.getId(), 1, access.now());
        String detail = "started";
        switch (from) {
            case StartingPoint.Empty empty -> {}
            case StartingPoint.FromPlan plan -> {
                OppVersion copied = access.current(java.util.Objects.requireNonNull(source));
                first.carryOver(copied);
                opp.startedFrom(StartingPoint.Kind.PREVIOUS_PLAN, plan.oppId());
                detail = "started from previous OPP " + plan.oppId() + " (version " + copied.getVersionNo() + ")";
            }
            case StartingPoint.FromTemplate template -> {
                first.fill(template.factors(), template.goals(), template.interventions());
                opp.startedFrom(StartingPoint.Kind.TEMPLATE, template.templateId());
                detail = "started from template " + template.templateId() + " '" + template.name() + "'";
            }
        }
        opp = access.opps().save(opp);
        access.versions().save(first);
        access.opps().flush();
        access.audit(scope, opp, AuditAction.CREATE, detail);
        if (source != null) {
            access.audit(scope, source, AuditAction.VIEW, "copied into new OPP " + opp.getId());
        }
        return access.plan(scope, opp);
    }

    /**
     * The plan's current content with the pupil's name taken out of every text ({@link NameScrubber}), to make a
     * school template of (ADR 0081). Audited as a read of the plan.
     */
    public OppContent withoutName(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        PupilSummary pupil = pupils.requireInScope(scope, opp.getPupilId());
        access.audit(scope, opp, AuditAction.VIEW, "content without the pupil's name, for a template");
        return access.current(opp).content().mapText(new NameScrubber(pupil.name())::scrub);
    }

    /**
     * The pupil's most recent closed plan, to start a new one from; empty when there is none. When and which only,
     * no content, so not audited as a read (copying it is).
     */
    public Optional<EarlierPlan> previousPlan(StaffScope scope, UUID pupilId) {
        pupils.requireInScope(scope, pupilId);
        return access.opps().findByPupilId(pupilId).stream()
                .filter(o -> o.getState() == OppState.CLOSED && o.getClosedOn() != null)
                .filter(o -> scope.covers(o.getSchoolId()))
                .max(Comparator.comparing((Opp o) -> o.getClosedOn()).thenComparing(Opp::getCreatedAt))
                .map(o -> new EarlierPlan(o.getId(), java.util.Objects.requireNonNull(o.getClosedOn())));
    }

    private Opp previous(StaffScope scope, UUID pupilId, UUID sourceId) {
        Opp source = access.load(scope, sourceId);
        if (!source.getPupilId().equals(pupilId)) {
            throw new OutOfScopeException();
        }
        if (source.getState() != OppState.CLOSED) {
            throw new InvalidInput("startingPoint", "opp.error.previousNotClosed");
        }
        return source;
    }

    public OppPlan open(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        access.audit(scope, opp, AuditAction.VIEW, null);
        return access.plan(scope, opp);
    }

    /** One earlier (or the current) version, read-only. */
    public OppContent version(StaffScope scope, UUID oppId, int versionNo) {
        Opp opp = access.load(scope, oppId);
        access.audit(scope, opp, AuditAction.VIEW, "version " + versionNo);
        return access.version(opp, versionNo).content();
    }

    /** Conversations, monitoring, evaluations and all versions, newest first. */
    public OppHistory history(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        access.audit(scope, opp, AuditAction.VIEW, "history");
        return new OppHistory(
                conversations.findByOppIdOrderByHeldOnDescRecordedAtDesc(oppId).stream()
                        .map(ConversationRecord::view)
                        .toList(),
                observations.findByOppIdOrderByObservedOnDescRecordedAtDesc(oppId).stream()
                        .map(ObservationRecord::view)
                        .toList(),
                evaluations.findByOppIdOrderByVersionNoDesc(oppId).stream()
                        .map(EvaluationRecord::view)
                        .toList(),
                access.versions().findByOppIdOrderByVersionNoDesc(oppId).stream()
                        .map(OppVersion::content)
                        .toList());
    }

    /** The OPPs of the person's schools, most recently changed first. */
    public List<OppSummary> list(StaffScope scope) {
        List<OppSummary> list = summaries(scope);
        if (!list.isEmpty()) {
            access.audit(scope, null, AuditAction.VIEW, "list of " + list.size() + " OPPs");
        }
        return list;
    }

    /**
     * One page of {@link #list}, for a lazy grid: {@code limit} OPPs from {@code offset} on, most
     * recently changed first (ties by id, so pages never overlap). The page is audited, not the list.
     */
    public List<OppSummary> page(StaffScope scope, int offset, int limit) {
        if (scope.schoolIds().isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Opp> opps = access.opps().findListedBySchools(scope.schoolIds(), Pages.of(offset, limit));
        List<OppSummary> page =
                summaries(scope, opps.subList(Math.min(Pages.skip(offset, limit), opps.size()), opps.size()));
        if (!page.isEmpty()) {
            access.audit(scope, null, AuditAction.VIEW, "list of OPPs " + (offset + 1) + "-" + (offset + page.size()));
        }
        return page;
    }

    /** How many OPPs {@link #list} has: the size of the lazy grid. A count only; not audited. */
    public int count(StaffScope scope) {
        return scope.schoolIds().isEmpty()
                ? 0
                : (int) access.opps().countBySchoolIdInAndStateNot(scope.schoolIds(), OppState.DISCARDED);
    }

    /** The OPPs of one pupil (in scope), newest first; discarded drafts are not listed. */
    public List<OppSummary> ofPupil(StaffScope scope, UUID pupilId) {
        PupilSummary pupil = pupils.requireInScope(scope, pupilId);
        return access.opps().findByPupilId(pupilId).stream()
                .filter(o -> o.getState() != OppState.DISCARDED)
                .map(o -> summary(o, pupil))
                .toList();
    }

    /**
     * The state of each pupil's open OPP in the person's schools, by pupil id; pupils without an open
     * OPP are absent. States only, no plan content, so not audited as a read of plans.
     */
    public Map<UUID, OppState> openStatesByPupil(StaffScope scope) {
        if (scope.schoolIds().isEmpty()) {
            return Map.of();
        }
        return access.opps().findOpenBySchools(scope.schoolIds()).stream()
                .collect(Collectors.toMap(Opp::getPupilId, Opp::getState, (a, b) -> a));
    }

    /** What needs attention on {@code today}: late, due soon, awaiting consent, evaluation due. */
    public List<WorklistItem> worklist(StaffScope scope, LocalDate today) {
        List<WorklistItem> items = summaries(scope).stream()
                .map(o -> WorklistItem.of(o, today))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(WorklistItem::reason).thenComparing(WorklistItem::dueOn))
                .toList();
        if (!items.isEmpty()) {
            access.audit(scope, null, AuditAction.VIEW, "worklist of " + items.size());
        }
        return items;
    }

    private List<OppSummary> summaries(StaffScope scope) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        return summaries(scope, access.opps().findBySchools(scope.schoolIds()));
    }

    /** The OPPs as summaries, in their order; pupils outside the scope left out (a pupil never changes school). */
    private List<OppSummary> summaries(StaffScope scope, List<Opp> opps) {
        Map<UUID, PupilSummary> byId = pupils
                .inScope(scope, opps.stream().map(Opp::getPupilId).toList())
                .stream()
                .collect(Collectors.toMap(PupilSummary::id, Function.identity()));
        return opps.stream()
                .filter(o -> o.getState() != OppState.DISCARDED)
                .filter(o -> byId.containsKey(o.getPupilId()))
                .map(o -> summary(o, byId.get(o.getPupilId())))
                .toList();
    }

    private OppSummary summary(Opp opp, PupilSummary pupil) {
        return new OppSummary(
                opp.getId(),
                pupil.id(),
                pupil.name(),
                pupil.group(),
                opp.getSchoolId(),
                opp.getState(),
                opp.getCurrentVersionNo(),
                opp.deadlines());
    }
}
