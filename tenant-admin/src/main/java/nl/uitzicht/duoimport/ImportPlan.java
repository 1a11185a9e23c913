package nl.uitzicht.duoimport;

import java.util.List;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolSummary;

/**
 * What an import would do to the region's schools: schools to add, to change (each field old and
 * new), to close (DUO schools the SWV list no longer names, with their pupils and open OPPs), the
 * schools added by hand that DUO does not list (kept unless the administrator chooses to close
 * them), how many stay as they are, every bad row (these block it), every vestiging of the list
 * that no locations file holds (a warning), and how each file was read. The {@code fingerprint}
 * identifies the plan and the state of the region's schools it was made on: applying with it
 * refuses when anything changed since the preview.
 */
public record ImportPlan(
        List<SchoolDetails> added,
        List<Change> changed,
        List<Closing> closed,
        List<Closing> keptManual,
        int unchanged,
        List<RowProblem> problems,
        List<MissingLocation> missing,
        List<FileInfo> files,
        String fingerprint) {

    public ImportPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        closed = List.copyOf(closed);
        keptManual = List.copyOf(keptManual);
        problems = List.copyOf(problems);
        missing = List.copyOf(missing);
        files = List.copyOf(files);
    }

    /** No bad rows, and every locations file's kind of school is known. */
    public boolean applicable() {
        return problems.isEmpty() && files.stream().noneMatch(FileInfo::needsKind);
    }

    public boolean changesNothing() {
        return added.isEmpty() && changed.isEmpty() && closed.isEmpty();
    }

    /** Closing these schools needs the administrator's separate confirmation: they have open OPPs. */
    public List<Closing> closingWithOpenOpps() {
        return closed.stream().filter(c -> c.openOpps() > 0).toList();
    }

    /** A school that stays but changes, with every changed field's old and new value. */
    public record Change(SchoolSummary before, SchoolDetails after, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One changed field: {@code name}, {@code type} (values are type names), {@code municipality},
     * {@code pupils}, {@code open} ({@code false} → {@code true}: reopened) or {@code source}
     * ({@code MANUAL} → {@code DUO}: a school added by hand that DUO now lists).
     */
    public record FieldChange(String field, String before, String after) {}

    /** A school to close (or kept by hand), with the pupils enrolled and its OPPs that are not closed. */
    public record Closing(SchoolSummary school, int pupils, int openOpps) {}
}
