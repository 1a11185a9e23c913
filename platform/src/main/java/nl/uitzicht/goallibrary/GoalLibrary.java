package nl.uitzicht.goallibrary;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.Callers;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.StaffOrRegionAdmin;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current region's goal library (ADR 0081). School staff and the region admin read it; only the region
 * admin adds, edits and retires goals (a retired goal is no longer offered but stays readable). Every change is
 * audited and guarded by the version the admin saw. Reads hold no pupil data and are not audited.
 */
@Service
@Transactional(readOnly = true)
@StaffOrRegionAdmin
public class GoalLibrary {

    static final String AUDIT_SUBJECT = "GOAL_LIBRARY";

    private final GoalLibraryRows rows;
    private final SupportCategories categories;
    private final AuditLog audit;
    private final Callers callers;
    private final Clock clock;

    GoalLibrary(GoalLibraryRows rows, SupportCategories categories, AuditLog audit, Callers callers, Clock clock) {
        this.rows = rows;
        this.categories = categories;
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
    }

    /** The goals staff can pick for one support category (not retired), by title. */
    public List<LibraryGoal> offered(UUID supportCategoryId) {
        return rows.findBySupportCategoryIdAndRetiredFalseOrderByTitleAsc(supportCategoryId).stream()
                .map(GoalLibraryEntry::view)
                .toList();
    }

    /** Every goal staff can pick (not retired), by title. */
    public List<LibraryGoal> offered() {
        return rows.findByRetiredFalseOrderByTitleAsc().stream()
                .map(GoalLibraryEntry::view)
                .toList();
    }

    /** The whole library, retired goals included, by title: the region admin's list. */
    @RegionAdminOnly
    public List<LibraryGoal> all() {
        return rows.findAllByOrderByTitleAsc().stream()
                .map(GoalLibraryEntry::view)
                .toList();
    }

    @Transactional
    @RegionAdminOnly
    public LibraryGoal add(Actor by, LibraryGoalInput input) {
        callers.requireSelf(by.id());
        ValidGoal goal = valid(input);
        GoalLibraryEntry entry = new GoalLibraryEntry(UUID.randomUUID());
        entry.write(goal, by.name(), clock.instant());
        LibraryGoal saved = rows.saveAndFlush(entry).view();
        audit.record(by, AuditAction.CREATE, AUDIT_SUBJECT, saved.id(), "goal added: " + saved.title());
        return saved;
    }

    @Transactional
    @RegionAdminOnly
    public LibraryGoal update(Actor by, UUID id, LibraryGoalInput input, long expectedVersion) {
        callers.requireSelf(by.id());
        GoalLibraryEntry entry = forChange(id, expectedVersion);
        entry.write(valid(input), by.name(), clock.instant());
        LibraryGoal saved = rows.saveAndFlush(entry).view();
        audit.record(by, AuditAction.UPDATE, AUDIT_SUBJECT, id, "goal edited: " + saved.title());
        return saved;
    }

    /** Retires a goal (no longer offered) or brings it back. */
    @Transactional
    @RegionAdminOnly
    public LibraryGoal retire(Actor by, UUID id, boolean retired, long expectedVersion) {
        callers.requireSelf(by.id());
        GoalLibraryEntry entry = forChange(id, expectedVersion);
        entry.retire(retired, by.name(), clock.instant());
        LibraryGoal saved = rows.saveAndFlush(entry).view();
        audit.record(by, AuditAction.UPDATE, AUDIT_SUBJECT, id, retired ? "goal retired" : "goal brought back");
        return saved;
    }

    private GoalLibraryEntry forChange(UUID id, long expectedVersion) {
        GoalLibraryEntry entry =
                rows.findById(id).orElseThrow(() -> new InvalidInput("goal", "goallibrary.error.notFound"));
        if (entry.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(GoalLibraryEntry.class, id);
        }
        return entry;
    }

    private ValidGoal valid(LibraryGoalInput input) {
        ValidGoal goal = ValidGoal.of(input);
        if (categories.all().stream().map(SupportCategory::id).noneMatch(goal.supportCategoryId()::equals)) {
            throw new InvalidInput("supportCategory", "opp.error.unknownCategory");
        }
        return goal;
    }
}
