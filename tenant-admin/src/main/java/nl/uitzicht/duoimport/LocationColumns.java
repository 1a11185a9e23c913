package nl.uitzicht.duoimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import org.jspecify.annotations.Nullable;

/** A locations file's columns, in the file's own spelling, and the kind given for the file. */
final class LocationColumns {
    final String fileName;
    final String brin;
    final String vestiging;
    final String name;
    final String municipality;
    final Optional<String> place;
    final List<String> types = new ArrayList<>();
    final Optional<String> pupils;
    final @Nullable LocationKind kind;

    LocationColumns(CsvTable t, @Nullable LocationKind kind) {
        fileName = t.fileName;
        brin = t.column(DuoFiles.BRIN_COLUMN).orElseThrow();
        vestiging = t.column(DuoFiles.VESTIGING_COLUMN).orElseThrow();
        name = t.column(DuoFiles.NAME_COLUMN).orElseThrow();
        municipality = t.column(DuoFiles.MUNICIPALITY_COLUMN).orElseThrow();
        place = t.column(DuoFiles.PLACE_COLUMN);
        for (String c : DuoFiles.TYPE_COLUMNS) {
            t.column(c).ifPresent(types::add);
        }
        pupils = t.column(DuoFiles.PUPILS_COLUMN);
        this.kind = kind;
    }

    /** The school on this row, or empty (with its problems added) when the row is bad or its kind unknown. */
    Optional<DuoSchool> school(
            CsvTable.Row row, String brin, String vestiging, Sector sector, List<RowProblem> problems) {
        List<RowProblem> found = new ArrayList<>();
        if (!CsvTable.complete(row, this.brin, this.vestiging, name, municipality)) {
            found.add(problem(row, this.vestiging, "admin.duo.row.fields"));
        }
        if (!SchoolDetails.BRIN.matcher(brin).matches()) {
            found.add(problem(row, this.brin, "admin.duo.row.brin", brin));
        }
        if (!SchoolDetails.VESTIGING.matcher(vestiging).matches()) {
            found.add(problem(row, this.vestiging, "admin.duo.row.vestiging", CsvTable.value(row, this.vestiging)));
        }
        String schoolName = CsvTable.value(row, name);
        if (schoolName.isEmpty() || schoolName.length() > SchoolDetails.MAX_NAME) {
            found.add(problem(row, name, "admin.duo.row.name"));
        }
        SchoolType type = null;
        String raw = types.stream()
                .map(c -> CsvTable.value(row, c))
                .filter(v -> !v.isEmpty())
                .findFirst()
                .orElse("");
        if (!raw.isEmpty()) {
            type = DuoSchoolTypes.parse(raw).orElse(null);
            if (type == null) {
                found.add(problem(row, types.getFirst(), "admin.duo.row.type", raw));
            }
        } else if (kind != null) {
            type = kind.schoolType(sector);
        } else if (!types.isEmpty()) {
            found.add(problem(row, types.getFirst(), "admin.duo.row.typeMissing"));
        }
        int pupilCount = 0;
        boolean pupilsKnown = false;
        if (pupils.isPresent() && !CsvTable.value(row, pupils.get()).isEmpty()) {
            String rawPupils = CsvTable.value(row, pupils.get()).replace(".", "");
            try {
                pupilCount = Integer.parseInt(rawPupils);
                pupilsKnown = true;
                if (pupilCount < 0 || pupilCount > SchoolDetails.MAX_PUPILS) {
                    found.add(problem(row, pupils.get(), "admin.duo.row.pupils", rawPupils));
                }
            } catch (NumberFormatException e) {
                found.add(problem(row, pupils.get(), "admin.duo.row.pupils", rawPupils));
            }
        }
        String gemeente = Municipalities.display(CsvTable.value(row, municipality));
        if (gemeente.isEmpty() && place.isPresent()) {
            gemeente = Municipalities.display(CsvTable.value(row, place.get()));
        }
        if (gemeente.length() > 80) {
            found.add(problem(row, municipality, "admin.duo.row.municipality"));
        }
        problems.addAll(found);
        if (!found.isEmpty() || type == null) {
            return Optional.empty(); // type null without a problem: the file's kind is still to be chosen
        }
        return Optional.of(new DuoSchool(
                new SchoolDetails(brin, vestiging, schoolName, type, gemeente.isEmpty() ? null : gemeente, pupilCount),
                pupilsKnown));
    }

    private RowProblem problem(CsvTable.Row row, String column, String key, String... params) {
        return RowProblem.of(fileName, row.line(), column, key, params);
    }
}
