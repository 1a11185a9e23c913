package nl.uitzicht.duoimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the current region's schools from DUO open data. {@link #preview} shows what would be
 * added, changed and closed; {@link #apply} does it all in one transaction, or nothing when any row
 * concerning the region is bad. Running the same files again changes nothing.
 */
@Service
@RegionAdminOnly
public class DuoImport {

    public static final String AUDIT_SUBJECT = "school-import";

    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final AuditLog audit;
    private final Clock clock = Clock.system(java.time.ZoneId.of("Europe/Amsterdam"));

    DuoImport(RegionDirectory regions, SchoolDirectory schools, AuditLog audit) {
        this.regions = regions;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ImportPlan preview(List<DuoFile> files) {
        return plan(files);
    }

    /** Applies the plan for these files; throws {@link ImportRejectedException} (nothing changed) if rows are bad. */
    @Transactional
    public ImportPlan apply(List<DuoFile> files, Actor actor) {
        ImportPlan plan = plan(files);
        if (!plan.applicable()) {
            throw new ImportRejectedException(plan);
        }
        for (SchoolDetails added : plan.added()) {
            schools.add(added);
        }
        for (ImportPlan.Change change : plan.changed()) {
            SchoolSummary edited = schools.edit(change.before().id(), change.before().version(), change.after());
            if (!edited.open()) {
                schools.reopen(edited.id(), edited.version());
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (SchoolSummary closed : plan.closed()) {
            schools.close(closed.id(), closed.version(), today);
        }
        if (!plan.changesNothing()) {
            audit.record(actor, AuditAction.UPDATE, AUDIT_SUBJECT, null, "DUO import: " + plan.added().size()
                    + " added, " + plan.changed().size() + " changed, " + plan.closed().size() + " closed");
        }
        return plan;
    }

    private ImportPlan plan(List<DuoFile> files) {
        Region region = regions.find(TenantContext.require()).orElseThrow();
        DuoFiles.Reading reading = DuoFiles.read(files, region.getCode(), region.getSector());
        Map<String, SchoolSummary> existing = schools.all().stream()
                .collect(Collectors.toMap(SchoolSummary::code, Function.identity()));
        List<SchoolDetails> added = new ArrayList<>();
        List<ImportPlan.Change> changed = new ArrayList<>();
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        for (DuoSchool school : reading.schools()) {
            SchoolDetails d = school.details();
            inFile.add(d.code());
            SchoolSummary current = existing.get(d.code());
            if (current == null) {
                added.add(d);
                continue;
            }
            SchoolDetails after = school.pupilCountKnown() ? d : new SchoolDetails(d.brin(), d.vestiging(), d.name(),
                    d.type(), d.municipality(), current.pupilCount());
            List<String> fields = differences(current, after);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new ImportPlan.Change(current, after, fields));
            }
        }
        List<SchoolSummary> closed = existing.values().stream()
                .filter(s -> s.open() && !inFile.contains(s.code()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        added.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return new ImportPlan(added, changed, closed, unchanged, reading.problems(), reading.files(),
                reading.typeFromSector());
    }

    private static List<String> differences(SchoolSummary current, SchoolDetails after) {
        List<String> fields = new ArrayList<>();
        if (!current.name().equals(after.name())) {
            fields.add("name");
        }
        if (current.type() != after.type()) {
            fields.add("type");
        }
        if (!Objects.equals(current.municipality(), after.municipality())) {
            fields.add("municipality");
        }
        if (current.pupilCount() != after.pupilCount()) {
            fields.add("pupils");
        }
        if (!current.open()) {
            fields.add("reopened");
        }
        return fields;
    }
}
