package nl.uitzicht.duoimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSource;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the current region's schools from DUO open data. {@link #preview} shows what would be
 * added, changed and closed; {@link #apply} does it all in one transaction, or nothing when a row
 * concerning the region is bad, when the region's schools changed since the preview, or when
 * schools with open OPPs would close without confirmation. Vestigingen that the SWV list names but
 * no locations file holds are warnings: they are left as they are and the rest is imported. Schools
 * added by hand are closed only when chosen. Running the same files again changes nothing.
 */
@Service
@RegionAdminOnly
public class DuoImport {

    public static final String AUDIT_SUBJECT = "school-import";

    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final SchoolUsage usage;
    private final ImportHistory history;
    private final AuditLog audit;
    private final Clock clock;

    DuoImport(
            RegionDirectory regions,
            SchoolDirectory schools,
            SchoolUsage usage,
            ImportHistory history,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.regions = regions;
        this.schools = schools;
        this.usage = usage;
        this.history = history;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ImportPlan preview(List<DuoFile> files) {
        return plan(files);
    }

    /** The plan for the monthly check ({@link DuoCheck}): the same as a preview, run by the system. */
    @Transactional(readOnly = true)
    ImportPlan planForCheck(List<DuoFile> files) {
        return plan(files);
    }

    /**
     * Applies the plan for these files with the administrator's choices; throws
     * {@link ImportRejectedException} (nothing changed) when it may not, and an optimistic-locking
     * failure (nothing changed) when a school is saved by someone else while it runs.
     */
    @Transactional
    public ImportPlan apply(List<DuoFile> files, ImportChoices choices, Actor actor) {
        ImportPlan plan = plan(files);
        if (!plan.applicable()) {
            throw new ImportRejectedException(ImportRejectedException.Reason.NOT_APPLICABLE, plan);
        }
        if (choices.expectedFingerprint() != null
                && !choices.expectedFingerprint().equals(plan.fingerprint())) {
            throw new ImportRejectedException(ImportRejectedException.Reason.STALE, plan);
        }
        List<ImportPlan.Closing> toClose = new ArrayList<>(plan.closed());
        plan.keptManual().stream()
                .filter(k -> choices.closeManual().contains(k.school().code()))
                .forEach(toClose::add);
        if (!choices.closeWithOpenOpps() && toClose.stream().anyMatch(c -> c.openOpps() > 0)) {
            throw new ImportRejectedException(ImportRejectedException.Reason.CONFIRM_OPEN_OPPS, plan);
        }
        for (SchoolDetails added : plan.added()) {
            schools.add(added, SchoolSource.DUO);
        }
        for (ImportPlan.Change change : plan.changed()) {
            SchoolSummary edited =
                    schools.editFromDuo(change.before().id(), change.before().version(), change.after());
            if (!edited.open()) {
                schools.reopen(edited.id(), edited.version());
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (ImportPlan.Closing closing : toClose) {
            schools.close(closing.school().id(), closing.school().version(), today);
        }
        List<String> names = plan.files().stream().map(FileInfo::name).toList();
        UUID id = history.record(
                actor,
                choices.origin(),
                names,
                plan.added().size(),
                plan.changed().size(),
                toClose.size(),
                plan.unchanged(),
                plan.missing().size());
        audit.record(
                actor,
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                id,
                "DUO import (" + choices.origin() + "): "
                        + plan.added().size() + " added, " + plan.changed().size() + " changed, " + toClose.size()
                        + " closed, " + plan.unchanged() + " unchanged, "
                        + plan.missing().size() + " missing; files: "
                        + String.join(", ", names));
        return plan;
    }

    private ImportPlan plan(List<DuoFile> files) {
        Region region = regions.find(TenantContext.require()).orElseThrow();
        DuoFiles.Reading reading = DuoFiles.read(files, region.getCode(), region.getSector());
        List<SchoolSummary> all = schools.all();
        Map<String, SchoolSummary> existing =
                all.stream().collect(Collectors.toMap(SchoolSummary::code, Function.identity()));
        List<SchoolDetails> added = new ArrayList<>();
        List<ImportPlan.Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (DuoSchool school : reading.schools()) {
            SchoolDetails d = school.details();
            SchoolSummary current = existing.get(d.code());
            if (current == null) {
                added.add(d);
                continue;
            }
            SchoolDetails after = school.pupilCountKnown()
                    ? d
                    : new SchoolDetails(
                            d.brin(), d.vestiging(), d.name(), d.type(), d.municipality(), current.pupilCount());
            List<ImportPlan.FieldChange> fields = differences(current, after);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new ImportPlan.Change(current, after, fields));
            }
        }
        Map<UUID, int[]> counts = usage.bySchool();
        List<ImportPlan.Closing> closed = new ArrayList<>();
        List<ImportPlan.Closing> keptManual = new ArrayList<>();
        for (SchoolSummary s : all) {
            if (!s.open() || reading.lists(s.brin(), s.vestiging())) {
                continue; // listed but missing from the locations files: left as it is
            }
            int[] c = counts.getOrDefault(s.id(), new int[2]);
            (s.source() == SchoolSource.MANUAL ? keptManual : closed).add(new ImportPlan.Closing(s, c[0], c[1]));
        }
        Comparator<ImportPlan.Closing> byName =
                Comparator.comparing(c -> c.school().name(), String.CASE_INSENSITIVE_ORDER);
        closed.sort(byName);
        keptManual.sort(byName);
        added.sort(Comparator.comparing(SchoolDetails::name, String.CASE_INSENSITIVE_ORDER));
        String fingerprint = fingerprint(all, added, changed, closed, reading);
        return new ImportPlan(
                added,
                changed,
                closed,
                keptManual,
                unchanged,
                reading.problems(),
                reading.missing(),
                reading.files(),
                fingerprint);
    }

    static List<ImportPlan.FieldChange> differences(SchoolSummary current, SchoolDetails after) {
        List<ImportPlan.FieldChange> fields = new ArrayList<>();
        if (!current.name().equals(after.name())) {
            fields.add(new ImportPlan.FieldChange("name", current.name(), after.name()));
        }
        if (current.type() != after.type()) {
            fields.add(new ImportPlan.FieldChange(
                    "type", current.type().name(), after.type().name()));
        }
        if (!Objects.equals(current.municipality(), after.municipality())) {
            fields.add(new ImportPlan.FieldChange(
                    "municipality",
                    Objects.toString(current.municipality(), ""),
                    Objects.toString(after.municipality(), "")));
        }
        if (current.pupilCount() != after.pupilCount()) {
            fields.add(new ImportPlan.FieldChange(
                    "pupils", String.valueOf(current.pupilCount()), String.valueOf(after.pupilCount())));
        }
        if (!current.open()) {
            fields.add(new ImportPlan.FieldChange("open", "false", "true"));
        }
        if (current.source() != SchoolSource.DUO) {
            fields.add(new ImportPlan.FieldChange("source", current.source().name(), SchoolSource.DUO.name()));
        }
        return fields;
    }

    /** The plan and every school's version it was made on, as a hash: equal only when nothing moved. */
    private static String fingerprint(
            List<SchoolSummary> all,
            List<SchoolDetails> added,
            List<ImportPlan.Change> changed,
            List<ImportPlan.Closing> closed,
            DuoFiles.Reading reading) {
        StringBuilder text = new StringBuilder();
        all.stream()
                .sorted(Comparator.comparing(SchoolSummary::code))
                .forEach(
                        s -> text.append(s.id()).append('@').append(s.version()).append('\n'));
        added.forEach(d -> text.append('+').append(d).append('\n'));
        changed.forEach(
                c -> text.append('~').append(c.before().id()).append(c.after()).append('\n'));
        closed.forEach(c -> text.append('-').append(c.school().id()).append('\n'));
        reading.missing().forEach(m -> text.append('?').append(m.code()).append('\n'));
        reading.problems().forEach(p -> text.append('!').append(p).append('\n'));
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
