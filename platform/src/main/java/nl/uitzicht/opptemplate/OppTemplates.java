package nl.uitzicht.opptemplate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.uitzicht.access.Callers;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.access.StaffOrRegionAdmin;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.NameScrubber;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.StartingPoint;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current region's OPP templates (ADR 0081). The region admin keeps the region's templates; school staff
 * keep their schools' templates and start plans from the region's and their own schools' templates. A template
 * never holds pupil data: text that looks like personal data is refused, and a school template may not name a
 * pupil of that school. Every change is audited and guarded by the version the editor saw.
 */
@Service
@Transactional(readOnly = true)
@StaffOrRegionAdmin
public class OppTemplates {

    static final String AUDIT_SUBJECT = "OPP_TEMPLATE";

    private final OppTemplateRows rows;
    private final SupportCategories categories;
    private final PupilRegister pupils;
    private final AuditLog audit;
    private final Callers callers;
    private final Clock clock;

    OppTemplates(
            OppTemplateRows rows,
            SupportCategories categories,
            PupilRegister pupils,
            AuditLog audit,
            Callers callers,
            Clock clock) {
        this.rows = rows;
        this.categories = categories;
        this.pupils = pupils;
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
    }

    /** The templates a staff member can start a plan from: the region's and their schools', not retired. */
    @StaffOnly
    public List<OppTemplate> offered(StaffScope scope) {
        List<OppTemplateEntity> found = scope.schoolIds().isEmpty()
                ? rows.findBySchoolIdIsNullOrderByNameAsc().stream()
                        .filter(t -> !t.view().retired())
                        .toList()
                : rows.findOffered(scope.schoolIds());
        return found.stream().map(OppTemplateEntity::view).toList();
    }

    /** The region's templates, retired ones included: the region admin's list. */
    @RegionAdminOnly
    public List<OppTemplate> regionTemplates() {
        return rows.findBySchoolIdIsNullOrderByNameAsc().stream()
                .map(OppTemplateEntity::view)
                .toList();
    }

    /** The templates of the staff member's schools, retired ones included. */
    @StaffOnly
    public List<OppTemplate> schoolTemplates(StaffScope scope) {
        return scope.schoolIds().isEmpty()
                ? List.of()
                : rows.findBySchoolIdInOrderByNameAsc(scope.schoolIds()).stream()
                        .map(OppTemplateEntity::view)
                        .toList();
    }

    @Transactional
    @RegionAdminOnly
    public OppTemplate addRegionTemplate(Actor by, OppTemplateInput input) {
        callers.requireSelf(by.id());
        return add(by, null, valid(input));
    }

    @Transactional
    @RegionAdminOnly
    public OppTemplate updateRegionTemplate(Actor by, UUID id, OppTemplateInput input, long expectedVersion) {
        callers.requireSelf(by.id());
        OppTemplateEntity t = forChange(id, expectedVersion, null);
        return write(by, t, valid(input));
    }

    @Transactional
    @RegionAdminOnly
    public OppTemplate retireRegionTemplate(Actor by, UUID id, boolean retired, long expectedVersion) {
        callers.requireSelf(by.id());
        return retire(by, forChange(id, expectedVersion, null), retired);
    }

    @Transactional
    @StaffOnly
    public OppTemplate addSchoolTemplate(StaffScope scope, UUID schoolId, OppTemplateInput input) {
        scope.check(schoolId);
        return add(scope.actor(), schoolId, validForSchool(scope, schoolId, input));
    }

    @Transactional
    @StaffOnly
    public OppTemplate updateSchoolTemplate(StaffScope scope, UUID id, OppTemplateInput input, long expectedVersion) {
        OppTemplateEntity t = forChange(id, expectedVersion, scope);
        return write(scope.actor(), t, validForSchool(scope, java.util.Objects.requireNonNull(t.getSchoolId()), input));
    }

    @Transactional
    @StaffOnly
    public OppTemplate retireSchoolTemplate(StaffScope scope, UUID id, boolean retired, long expectedVersion) {
        return retire(scope.actor(), forChange(id, expectedVersion, scope), retired);
    }

    /**
     * The template's content as a new plan's starting point, for {@code OppPlans.start}: the region's or one of
     * the person's schools' templates, not retired. Factors and goals in the template's domain; the interventions
     * by the teacher, extra support, serving all goals. The staff member adapts them in the editor.
     */
    @StaffOnly
    public StartingPoint.FromTemplate startingPoint(StaffScope scope, UUID templateId) {
        OppTemplate t = rows.findById(templateId)
                .map(OppTemplateEntity::view)
                .filter(v -> !v.retired())
                .orElseThrow(OutOfScopeException::new);
        if (t.schoolId() != null) {
            scope.check(t.schoolId());
        }
        List<Factor> factors = Stream.concat(
                        t.hinderingFactors().stream()
                                .map(l -> new Factor(UUID.randomUUID(), FactorKind.HINDERING, t.domain(), l)),
                        t.helpingFactors().stream()
                                .map(l -> new Factor(UUID.randomUUID(), FactorKind.HELPING, t.domain(), l)))
                .toList();
        List<Goal> goals = t.goals().stream()
                .map(l -> new Goal(UUID.randomUUID(), t.domain(), l, null, null, null))
                .toList();
        UUID[] goalKeys = goals.stream().map(Goal::key).toArray(UUID[]::new);
        List<Intervention> interventions = t.supportCategoryId() == null
                ? List.of()
                : t.interventions().stream()
                        .map(l -> new Intervention(
                                UUID.randomUUID(),
                                l,
                                Performer.TEACHER,
                                t.frequency(),
                                goalKeys.clone(),
                                t.supportCategoryId(),
                                SupportLevel.EXTRA))
                        .toList();
        return new StartingPoint.FromTemplate(t.id(), t.name(), factors, goals, interventions);
    }

    private OppTemplate add(Actor by, java.util.@org.jspecify.annotations.Nullable UUID schoolId, ValidTemplate valid) {
        OppTemplateEntity t = new OppTemplateEntity(schoolId);
        t.write(valid, by.name(), clock.instant());
        OppTemplate saved = rows.saveAndFlush(t).view();
        audit.record(by, AuditAction.CREATE, AUDIT_SUBJECT, saved.id(), "template added: " + saved.name());
        return saved;
    }

    private OppTemplate write(Actor by, OppTemplateEntity t, ValidTemplate valid) {
        t.write(valid, by.name(), clock.instant());
        OppTemplate saved = rows.saveAndFlush(t).view();
        audit.record(by, AuditAction.UPDATE, AUDIT_SUBJECT, saved.id(), "template edited: " + saved.name());
        return saved;
    }

    private OppTemplate retire(Actor by, OppTemplateEntity t, boolean retired) {
        t.retire(retired, by.name(), clock.instant());
        OppTemplate saved = rows.saveAndFlush(t).view();
        audit.record(
                by,
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                saved.id(),
                retired ? "template retired" : "template brought back");
        return saved;
    }

    /**
     * The template to change: a region template ({@code scope} null) or a template of one of the person's schools;
     * anything else is out of reach, as if it did not exist.
     */
    private OppTemplateEntity forChange(
            UUID id, long expectedVersion, @org.jspecify.annotations.Nullable StaffScope scope) {
        OppTemplateEntity t = rows.findById(id).orElseThrow(OutOfScopeException::new);
        UUID school = t.getSchoolId();
        if (scope == null ? school != null : school == null || !scope.covers(school)) {
            throw new OutOfScopeException();
        }
        if (t.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OppTemplateEntity.class, id);
        }
        return t;
    }

    private ValidTemplate valid(OppTemplateInput input) {
        ValidTemplate valid = ValidTemplate.of(input);
        if (valid.supportCategoryId() != null
                && categories.all().stream().map(SupportCategory::id).noneMatch(valid.supportCategoryId()::equals)) {
            throw new InvalidInput("supportCategory", "opp.error.unknownCategory");
        }
        return valid;
    }

    /** A school template may not name a pupil of that school (the names as the school registered them). */
    private ValidTemplate validForSchool(StaffScope scope, UUID schoolId, OppTemplateInput input) {
        ValidTemplate valid = valid(input);
        List<NameScrubber> names = pupils.list(scope).stream()
                .filter(p -> p.schoolId().equals(schoolId))
                .map(PupilSummary::name)
                .map(NameScrubber::new)
                .toList();
        valid.texts().forEach(field -> {
            if (names.stream().anyMatch(n -> n.finds(field.text()))) {
                throw new InvalidInput(field.name(), "opptemplate.error.pupilName");
            }
        });
        return valid;
    }
}
