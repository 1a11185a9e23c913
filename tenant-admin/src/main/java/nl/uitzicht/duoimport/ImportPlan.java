package nl.uitzicht.duoimport;

import java.util.List;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolSummary;

/**
 * What an import would do to the region's schools: schools to add, to change (with the fields
 * that change), to close (open schools the SWV file no longer lists), how many stay as they are,
 * and every bad row. Nothing is applied while there are problems.
 */
public record ImportPlan(List<SchoolDetails> added, List<Change> changed, List<SchoolSummary> closed, int unchanged,
                         List<RowProblem> problems, List<FileInfo> files, boolean typeFromSector) {

    public ImportPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        closed = List.copyOf(closed);
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    public boolean applicable() {
        return problems.isEmpty();
    }

    public boolean changesNothing() {
        return added.isEmpty() && changed.isEmpty() && closed.isEmpty();
    }

    /** A school that stays but changes; {@code fields} names what changes (name, type, municipality, pupils, reopened). */
    public record Change(SchoolSummary before, SchoolDetails after, List<String> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }
}
