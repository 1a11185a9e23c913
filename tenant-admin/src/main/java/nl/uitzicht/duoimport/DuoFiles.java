package nl.uitzicht.duoimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;

/**
 * Reads DUO's two files for one region: "scholen per samenwerkingsverband" (which BRIN numbers and
 * vestigingen belong to which SWV) and "alle vestigingen" (name, municipality, kind of school per
 * vestiging). Keeps the region's schools; reports every bad row that concerns the region.
 */
final class DuoFiles {

    static final String[] SWV_COLUMN = {"ADMINISTRATIENUMMER", "SAMENWERKINGSVERBAND", "ADMINISTRATIENUMMER SWV",
            "SWV NUMMER", "CODE SAMENWERKINGSVERBAND"};
    static final String[] BRIN_COLUMN = {"BRIN NUMMER", "BRINNUMMER", "BRIN"};
    static final String[] VESTIGING_COLUMN = {"VESTIGINGSNUMMER", "VESTIGING"};
    static final String[] NAME_COLUMN = {"VESTIGINGSNAAM", "INSTELLINGSNAAM VESTIGING", "NAAM VESTIGING"};
    static final String[] MUNICIPALITY_COLUMN = {"GEMEENTENAAM", "GEMEENTE"};
    static final String[] PLACE_COLUMN = {"PLAATSNAAM"};
    static final String[] TYPE_COLUMNS = {"SOORT PO", "SOORT INSTELLING", "SOORT ONDERWIJS", "ONDERWIJSSTRUCTUUR",
            "TYPE"};
    static final String[] PUPILS_COLUMN = {"AANTAL LEERLINGEN", "LEERLINGEN", "TOTAAL AANTAL LEERLINGEN"};

    private static final Pattern SWV_CODE = Pattern.compile("(PO|VO)[0-9]{4}");

    private DuoFiles() {
    }

    /** What the files say about the region, with the problems found; thrown at when a file is unusable. */
    record Reading(List<DuoSchool> schools, List<RowProblem> problems, List<FileInfo> files,
                   boolean typeFromSector) {
    }

    static Reading read(List<DuoFile> uploaded, String regionCode, Sector sector) {
        if (uploaded.size() != 2) {
            throw new DuoFileException("admin.duo.error.twoFiles");
        }
        CsvTable first = CsvTable.read(uploaded.get(0));
        CsvTable second = CsvTable.read(uploaded.get(1));
        CsvTable swvFile = first.column(SWV_COLUMN).isPresent() ? first : second;
        CsvTable locations = swvFile == first ? second : first;
        if (swvFile.column(SWV_COLUMN).isEmpty()) {
            throw new DuoFileException("admin.duo.error.noSwvFile", first.fileName, second.fileName);
        }
        if (locations.column(SWV_COLUMN).isPresent()) {
            throw new DuoFileException("admin.duo.error.noLocationsFile", first.fileName, second.fileName);
        }
        requireColumns(swvFile, BRIN_COLUMN);
        requireColumns(locations, BRIN_COLUMN, VESTIGING_COLUMN, NAME_COLUMN, MUNICIPALITY_COLUMN);

        List<RowProblem> problems = new ArrayList<>();
        Map<String, Long> wanted = wantedLocations(swvFile, regionCode, problems);
        if (wanted.isEmpty() && problems.isEmpty()) {
            throw new DuoFileException("admin.duo.error.noSchoolsForRegion", swvFile.fileName, regionCode);
        }
        Set<String> wantedBrins = new java.util.HashSet<>();
        wanted.keySet().forEach(k -> wantedBrins.add(k.substring(0, 4)));
        LocationColumns cols = new LocationColumns(locations);
        Map<String, DuoSchool> found = new LinkedHashMap<>();
        Map<String, Long> seenAt = new HashMap<>();
        Set<String> matchedWanted = new java.util.HashSet<>();
        for (CsvTable.Row row : locations.rows) {
            String brin = CsvTable.value(row, cols.brin).toUpperCase(Locale.ROOT);
            String vestiging = vestigingOf(brin, CsvTable.value(row, cols.vestiging));
            String key = brin + vestiging;
            if (!wantedBrins.contains(brin)) {
                continue;
            }
            boolean validVestiging = SchoolDetails.VESTIGING.matcher(vestiging).matches();
            if (validVestiging && !wanted.containsKey(key) && !wanted.containsKey(brin)) {
                continue;
            }
            matchedWanted.add(wanted.containsKey(key) ? key : brin);
            if (seenAt.containsKey(key)) {
                problems.add(RowProblem.of(locations.fileName, row.line(), cols.vestiging, "admin.duo.row.duplicate",
                        key, String.valueOf(seenAt.get(key))));
                continue;
            }
            seenAt.put(key, row.line());
            cols.school(row, brin, vestiging, sector, problems).ifPresent(s -> found.put(key, s));
        }
        for (Map.Entry<String, Long> w : wanted.entrySet()) {
            if (!matchedWanted.contains(w.getKey())) {
                problems.add(RowProblem.of(swvFile.fileName, w.getValue(), swvFile.column(BRIN_COLUMN).orElseThrow(),
                        "admin.duo.row.notInLocations", w.getKey(), locations.fileName));
            }
        }
        problems.sort(java.util.Comparator.comparing(RowProblem::file).thenComparingLong(RowProblem::line));
        List<FileInfo> files = List.of(FileInfo.of(swvFile), FileInfo.of(locations));
        return new Reading(List.copyOf(found.values()), problems, files, cols.types.isEmpty());
    }

    private static void requireColumns(CsvTable table, String[]... alternatives) {
        List<String> missing = new ArrayList<>();
        for (String[] names : alternatives) {
            if (table.column(names).isEmpty()) {
                missing.add(names[0]);
            }
        }
        if (!missing.isEmpty()) {
            throw new DuoFileException("admin.duo.error.columns", table.fileName, String.join(", ", missing));
        }
    }

    /** BRIN+vestiging (or a whole BRIN when the file names no vestiging) of the region, with its line. */
    private static Map<String, Long> wantedLocations(CsvTable swvFile, String regionCode, List<RowProblem> problems) {
        String swvColumn = swvFile.column(SWV_COLUMN).orElseThrow();
        String brinColumn = swvFile.column(BRIN_COLUMN).orElseThrow();
        Optional<String> vestigingColumn = swvFile.column(VESTIGING_COLUMN);
        Map<String, Long> wanted = new LinkedHashMap<>();
        for (CsvTable.Row row : swvFile.rows) {
            String raw = CsvTable.value(row, swvColumn);
            String code = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            if (!SWV_CODE.matcher(code).matches()) {
                problems.add(RowProblem.of(swvFile.fileName, row.line(), swvColumn, "admin.duo.row.swv", raw));
                continue;
            }
            if (!code.equals(regionCode)) {
                continue;
            }
            String brin = CsvTable.value(row, brinColumn).toUpperCase(Locale.ROOT);
            if (!SchoolDetails.BRIN.matcher(brin).matches()) {
                problems.add(RowProblem.of(swvFile.fileName, row.line(), brinColumn, "admin.duo.row.brin", brin));
                continue;
            }
            String key = brin;
            if (vestigingColumn.isPresent() && !CsvTable.value(row, vestigingColumn.get()).isEmpty()) {
                String vestiging = vestigingOf(brin, CsvTable.value(row, vestigingColumn.get()));
                if (!SchoolDetails.VESTIGING.matcher(vestiging).matches()) {
                    problems.add(RowProblem.of(swvFile.fileName, row.line(), vestigingColumn.get(),
                            "admin.duo.row.vestiging", CsvTable.value(row, vestigingColumn.get())));
                    continue;
                }
                key = brin + vestiging;
            }
            wanted.putIfAbsent(key, row.line());
        }
        return wanted;
    }

    /** DUO writes the vestigingsnummer as "01" or as the full "12AB01". */
    static String vestigingOf(String brin, String raw) {
        String v = raw.trim().toUpperCase(Locale.ROOT);
        if (v.length() == 6 && v.startsWith(brin)) {
            return v.substring(4);
        }
        if (v.length() == 1 && Character.isDigit(v.charAt(0))) {
            return "0" + v;
        }
        return v;
    }

    /** The locations file's columns, in the file's own spelling. */
    private static final class LocationColumns {
        final String fileName;
        final String brin;
        final String vestiging;
        final String name;
        final String municipality;
        final Optional<String> place;
        final List<String> types = new ArrayList<>();
        final Optional<String> pupils;

        LocationColumns(CsvTable t) {
            fileName = t.fileName;
            brin = t.column(BRIN_COLUMN).orElseThrow();
            vestiging = t.column(VESTIGING_COLUMN).orElseThrow();
            name = t.column(NAME_COLUMN).orElseThrow();
            municipality = t.column(MUNICIPALITY_COLUMN).orElseThrow();
            place = t.column(PLACE_COLUMN);
            for (String c : TYPE_COLUMNS) {
                t.column(c).ifPresent(types::add);
            }
            pupils = t.column(PUPILS_COLUMN);
        }

        Optional<DuoSchool> school(CsvTable.Row row, String brin, String vestiging, Sector sector,
                                   List<RowProblem> problems) {
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
            if (types.isEmpty()) {
                type = sector == Sector.VO ? SchoolType.VO : SchoolType.BAO;
            } else {
                String raw = types.stream().map(c -> CsvTable.value(row, c)).filter(v -> !v.isEmpty()).findFirst()
                        .orElse("");
                type = DuoSchoolTypes.parse(raw).orElse(null);
                if (type == null) {
                    found.add(problem(row, types.getFirst(), raw.isEmpty() ? "admin.duo.row.typeMissing"
                            : "admin.duo.row.type", raw));
                }
            }
            int pupilCount = 0;
            boolean pupilsKnown = false;
            if (pupils.isPresent() && !CsvTable.value(row, pupils.get()).isEmpty()) {
                String raw = CsvTable.value(row, pupils.get()).replace(".", "");
                try {
                    pupilCount = Integer.parseInt(raw);
                    pupilsKnown = true;
                    if (pupilCount < 0 || pupilCount > SchoolDetails.MAX_PUPILS) {
                        found.add(problem(row, pupils.get(), "admin.duo.row.pupils", raw));
                    }
                } catch (NumberFormatException e) {
                    found.add(problem(row, pupils.get(), "admin.duo.row.pupils", raw));
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
                return Optional.empty();
            }
            return Optional.of(new DuoSchool(new SchoolDetails(brin, vestiging, schoolName, type,
                    gemeente.isEmpty() ? null : gemeente, pupilCount), pupilsKnown));
        }

        private RowProblem problem(CsvTable.Row row, String column, String key, String... params) {
            return RowProblem.of(fileName, row.line(), column, key, params);
        }
    }
}
