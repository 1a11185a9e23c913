package nl.uitzicht.duoimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Reads DUO's files for one region: one "scholen per samenwerkingsverband" (which BRIN numbers and
 * vestigingen belong to which SWV) and one to four "alle vestigingen" files (name, municipality,
 * kind of school per vestiging; DUO publishes one per kind of school). Which file is which follows
 * from its columns, never its name. Keeps the region's schools; reports every bad row that concerns
 * the region (these block the import) and every vestiging of the region's list that no locations
 * file holds (a warning: DUO publishes the files on different days).
 */
final class DuoFiles {

    static final String[] SWV_COLUMN = {
        "ADMINISTRATIENUMMER",
        "SAMENWERKINGSVERBAND",
        "ADMINISTRATIENUMMER SWV",
        "SWV NUMMER",
        "CODE SAMENWERKINGSVERBAND"
    };
    static final String[] BRIN_COLUMN = {"BRIN NUMMER", "BRINNUMMER", "BRIN"};
    static final String[] VESTIGING_COLUMN = {"VESTIGINGSNUMMER", "VESTIGING"};
    static final String[] NAME_COLUMN = {"VESTIGINGSNAAM", "INSTELLINGSNAAM VESTIGING", "NAAM VESTIGING"};
    static final String[] MUNICIPALITY_COLUMN = {"GEMEENTENAAM", "GEMEENTE"};
    static final String[] PLACE_COLUMN = {"PLAATSNAAM"};
    static final String[] TYPE_COLUMNS = {
        "SOORT PO", "SOORT INSTELLING", "SOORT ONDERWIJS", "ONDERWIJSSTRUCTUUR", "TYPE"
    };
    static final String[] PUPILS_COLUMN = {"AANTAL LEERLINGEN", "LEERLINGEN", "TOTAAL AANTAL LEERLINGEN"};

    private static final Pattern SWV_CODE = Pattern.compile("(PO|VO)[0-9]{4}");

    private DuoFiles() {}

    /** What the files say about the region: its schools, the bad rows, the missing locations, how each file was read. */
    record Reading(
            List<DuoSchool> schools,
            Set<String> listedCodes,
            Set<String> listedBrins,
            List<RowProblem> problems,
            List<MissingLocation> missing,
            List<FileInfo> files) {

        /** The SWV list names this school (so it stays, even when no locations file holds it). */
        boolean lists(String brin, String vestiging) {
            return listedCodes.contains(brin + vestiging) || listedBrins.contains(brin);
        }
    }

    static Reading read(List<DuoFile> uploaded, String regionCode, Sector sector) {
        if (uploaded.isEmpty()) {
            throw new InvalidInput("file", "admin.duo.error.noFiles");
        }
        if (uploaded.size() > DuoLimits.MAX_FILES) {
            throw new InvalidInput("file", "admin.duo.error.tooManyFiles", String.valueOf(DuoLimits.MAX_FILES));
        }
        List<CsvTable> swvTables = new ArrayList<>();
        List<CsvTable> locationTables = new ArrayList<>();
        Map<CsvTable, @Nullable LocationKind> kinds = new HashMap<>();
        for (DuoFile file : uploaded) {
            if (file.content().length > DuoLimits.MAX_FILE_BYTES) {
                throw new InvalidInput("file", "admin.duo.error.tooLarge", file.name(), DuoLimits.MAX_FILE_SIZE_TEXT);
            }
            CsvTable table = CsvTable.read(file);
            (table.column(SWV_COLUMN).isPresent() ? swvTables : locationTables).add(table);
            kinds.put(table, file.kind());
        }
        if (swvTables.isEmpty()) {
            throw new InvalidInput("file", "admin.duo.error.missingSwv", names(locationTables));
        }
        if (swvTables.size() > 1) {
            throw new InvalidInput("file", "admin.duo.error.twoSwv", names(swvTables));
        }
        CsvTable swvFile = swvTables.getFirst();
        if (locationTables.isEmpty()) {
            throw new InvalidInput("file", "admin.duo.error.missingLocations", swvFile.fileName);
        }
        requireColumns(swvFile, BRIN_COLUMN);
        for (CsvTable locations : locationTables) {
            requireColumns(locations, BRIN_COLUMN, VESTIGING_COLUMN, NAME_COLUMN, MUNICIPALITY_COLUMN);
        }

        List<RowProblem> problems = new ArrayList<>();
        Map<String, Long> wanted = wantedLocations(swvFile, regionCode, problems);
        if (wanted.isEmpty() && problems.isEmpty()) {
            throw new InvalidInput("file", "admin.duo.error.noSchoolsForRegion", swvFile.fileName, regionCode);
        }
        Set<String> wantedBrins = new HashSet<>();
        wanted.keySet().forEach(k -> wantedBrins.add(k.substring(0, 4)));
        Map<String, DuoSchool> found = new LinkedHashMap<>();
        Map<String, String> seenAt = new HashMap<>();
        Set<String> matchedWanted = new HashSet<>();
        List<FileInfo> files = new ArrayList<>();
        files.add(FileInfo.of(swvFile, true, null, null));
        for (CsvTable locations : locationTables) {
            LocationColumns cols = new LocationColumns(locations, kinds.get(locations));
            files.add(FileInfo.of(locations, false, cols.types.isEmpty() ? null : cols.types.getFirst(), cols.kind));
            for (CsvTable.Row row : locations.rows) {
                String brin = CsvTable.value(row, cols.brin).toUpperCase(Locale.ROOT);
                if (!wantedBrins.contains(brin)) {
                    continue; // another region's school: not ours to judge
                }
                String vestiging = vestigingOf(brin, CsvTable.value(row, cols.vestiging));
                String key = brin + vestiging;
                boolean validVestiging =
                        SchoolDetails.VESTIGING.matcher(vestiging).matches();
                if (validVestiging && !wanted.containsKey(key) && !wanted.containsKey(brin)) {
                    continue; // another vestiging of a BRIN we share with another region
                }
                matchedWanted.add(wanted.containsKey(key) ? key : brin);
                String here = locations.fileName + ":" + row.line();
                if (seenAt.containsKey(key)) {
                    problems.add(RowProblem.of(
                            locations.fileName,
                            row.line(),
                            cols.vestiging,
                            "admin.duo.row.duplicate",
                            key,
                            seenAt.get(key)));
                    continue;
                }
                seenAt.put(key, here);
                cols.school(row, brin, vestiging, sector, problems).ifPresent(s -> found.put(key, s));
            }
        }
        List<MissingLocation> missing = new ArrayList<>();
        for (Map.Entry<String, Long> w : wanted.entrySet()) {
            if (!matchedWanted.contains(w.getKey())) {
                missing.add(new MissingLocation(w.getKey(), swvFile.fileName, w.getValue()));
            }
        }
        List<String> order = files.stream().map(FileInfo::name).toList();
        problems.sort(Comparator.comparingInt((RowProblem p) -> order.indexOf(p.file()))
                .thenComparingLong(RowProblem::line));
        Set<String> listedCodes = new HashSet<>();
        Set<String> listedBrins = new HashSet<>();
        wanted.keySet().forEach(k -> (k.length() == 4 ? listedBrins : listedCodes).add(k));
        return new Reading(List.copyOf(found.values()), listedCodes, listedBrins, problems, missing, files);
    }

    private static String names(List<CsvTable> tables) {
        return String.join(", ", tables.stream().map(t -> t.fileName).toList());
    }

    private static void requireColumns(CsvTable table, String[]... alternatives) {
        List<String> missing = new ArrayList<>();
        for (String[] names : alternatives) {
            if (table.column(names).isEmpty()) {
                missing.add(names[0]);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput("file", "admin.duo.error.columns", table.fileName, String.join(", ", missing));
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
                // whose row this is cannot be told: it may be one of ours, so it blocks
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
            if (vestigingColumn.isPresent()
                    && !CsvTable.value(row, vestigingColumn.get()).isEmpty()) {
                String vestiging = vestigingOf(brin, CsvTable.value(row, vestigingColumn.get()));
                if (!SchoolDetails.VESTIGING.matcher(vestiging).matches()) {
                    problems.add(RowProblem.of(
                            swvFile.fileName,
                            row.line(),
                            vestigingColumn.get(),
                            "admin.duo.row.vestiging",
                            CsvTable.value(row, vestigingColumn.get())));
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
}
