package nl.uitzicht.analysis;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.AnalystsOnly;
import nl.uitzicht.access.TrainerOrRegionAdmin;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound region's checklists. The region starts with the default one; it can copy any checklist
 * and edit its copy. Every edit makes a new version (the old one stays, read-only, for the rounds
 * scored with it).
 */
@Service
@Transactional
@AnalystsOnly
public class Checklists {

    static final String AUDIT_SUBJECT = "CHECKLIST";

    private final ChecklistRows rows;
    private final AuditLog audit;
    private final Clock clock;

    Checklists(ChecklistRows rows, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.rows = rows;
        this.audit = audit;
    }

    /** The current version of each checklist family, the default installed first if the region has none. */
    public List<Checklist> current() {
        if (rows.count() == 0) {
            rows.save(new ChecklistEntity(
                    UUID.randomUUID(), 1, DefaultChecklist.NAME, DefaultChecklist.ITEMS, "system", clock.instant()));
            rows.flush();
        }
        return rows.findByCurrentTrueOrderByCreatedAtAsc().stream()
                .map(ChecklistEntity::view)
                .toList();
    }

    /** The region's default for new rounds: the oldest current checklist (the standard one unless removed). */
    public Checklist standard() {
        return current().getFirst();
    }

    @Transactional(readOnly = true)
    public Checklist get(UUID id) {
        return rows.findById(id)
                .map(ChecklistEntity::view)
                .orElseThrow(() -> new InvalidInput("checklist", "analysis.error.checklistNotFound"));
    }

    /** All versions of one checklist, newest first. */
    @Transactional(readOnly = true)
    public List<Checklist> history(UUID familyId) {
        return rows.findByFamilyIdOrderByVersionNoDesc(familyId).stream()
                .map(ChecklistEntity::view)
                .toList();
    }

    /** A new checklist (its own family, version 1) copied from any version. */
    @TrainerOrRegionAdmin
    public Checklist copy(Analyst analyst, UUID sourceId, String name) {
        requireOrganiser(analyst);
        Checklist source = get(sourceId);
        ChecklistEntity copy = rows.saveAndFlush(new ChecklistEntity(
                UUID.randomUUID(),
                1,
                validName(name),
                source.items(),
                analyst.actor().name(),
                clock.instant()));
        audit.record(analyst.actor(), AuditAction.CREATE, AUDIT_SUBJECT, copy.getId(), "copy of " + sourceId);
        return copy.view();
    }

    /**
     * Saves an edit as the next version of the checklist's family. {@code expectedVersion} is the
     * version the editor started from; a concurrent edit is a conflict.
     */
    @TrainerOrRegionAdmin
    public Checklist edit(
            Analyst analyst, UUID checklistId, long expectedVersion, String name, List<ChecklistItem> items) {
        requireOrganiser(analyst);
        ChecklistEntity base = rows.findById(checklistId)
                .orElseThrow(() -> new InvalidInput("checklist", "analysis.error.checklistNotFound"));
        if (!base.isCurrent() || base.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ChecklistEntity.class, checklistId);
        }
        List<ChecklistItem> valid = validItems(items);
        base.supersede();
        rows.saveAndFlush(base);
        ChecklistEntity next = rows.saveAndFlush(new ChecklistEntity(
                base.getFamilyId(),
                base.getVersionNo() + 1,
                validName(name),
                valid,
                analyst.actor().name(),
                clock.instant()));
        audit.record(
                analyst.actor(),
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                next.getId(),
                "version " + next.getVersionNo() + " of " + base.getFamilyId());
        return next.view();
    }

    static void requireOrganiser(Analyst analyst) {
        if (!analyst.organiser()) {
            throw new InvalidInput("round", "analysis.error.notOrganiser");
        }
    }

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new InvalidInput("name", "analysis.error.checklistName");
        }
        return trimmed;
    }

    private static List<ChecklistItem> validItems(List<ChecklistItem> items) {
        if (items.isEmpty() || items.size() > 40) {
            throw new InvalidInput("items", "analysis.error.itemCount");
        }
        Set<String> codes = new HashSet<>();
        for (ChecklistItem item : items) {
            if (item.code().isBlank() || !codes.add(item.code())) {
                throw new InvalidInput("items", "analysis.error.itemCode");
            }
            if (item.statement().isBlank() || item.statement().length() > 300) {
                throw new InvalidInput("statement", "analysis.error.itemStatement");
            }
            if (item.level0().isBlank()
                    || item.level1().isBlank()
                    || item.level2().isBlank()) {
                throw new InvalidInput("levels", "analysis.error.itemLevels");
            }
        }
        return items.stream()
                .map(i -> new ChecklistItem(
                        i.code().trim(),
                        i.part(),
                        i.statement().trim(),
                        i.level0().trim(),
                        i.level1().trim(),
                        i.level2().trim()))
                .toList();
    }
}
