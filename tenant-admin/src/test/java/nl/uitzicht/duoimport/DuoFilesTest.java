package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * Reading DUO's files, without a database: files generated here in DUO's layouts (one SWV file,
 * up to four locations files, Latin-1 and UTF-8 with BOM, semicolons and commas, quoted fields).
 */
class DuoFilesTest {

    static final Charset LATIN = Charset.forName("windows-1252");
    static final String REGION = "PO2801";

    /** "Scholen per samenwerkingsverband": UTF-8 with BOM, comma, codes written "PO 28-01". */
    static DuoFile swv(String... rows) {
        StringBuilder text = new StringBuilder("\uFEFFADMINISTRATIENUMMER,NAAM SAMENWERKINGSVERBAND,BRIN NUMMER,"
                + "VESTIGINGSNUMMER,VESTIGINGSNAAM\r\n");
        for (String row : rows) {
            text.append(row).append("\r\n");
        }
        return new DuoFile("scholen-per-swv.csv", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String swvRow(String region, String code, String name) {
        return region + ",SWV Test," + code.substring(0, 4) + "," + code + ",\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** "Alle vestigingen basisonderwijs": Windows-1252, semicolon, every field quoted, a SOORT PO column. */
    static DuoFile baoWithColumn(String... rows) {
        StringBuilder text = new StringBuilder("\"BRIN NUMMER\";\"VESTIGINGSNUMMER\";\"VESTIGINGSNAAM\";\"PLAATSNAAM\";"
                + "\"GEMEENTENAAM\";\"SOORT PO\"\r\n");
        for (String row : rows) {
            text.append(row).append("\r\n");
        }
        return new DuoFile("alle-vestigingen-bao.csv", text.toString().getBytes(LATIN));
    }

    static String baoRow(String code, String name, String municipality, String type) {
        return String.join(
                ";", List.of(q(code.substring(0, 4)), q(code), q(name), q(municipality), q(municipality), q(type)));
    }

    private static String q(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** A locations file without a kind-of-school column: UTF-8 without BOM, comma, quotes only where needed. */
    static DuoFile withoutColumn(String fileName, String... rows) {
        StringBuilder text = new StringBuilder("BRIN NUMMER,VESTIGINGSNUMMER,VESTIGINGSNAAM,GEMEENTENAAM\n");
        for (String row : rows) {
            text.append(row).append('\n');
        }
        return new DuoFile(fileName, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String plainRow(String code, String name, String municipality) {
        String n = name.contains(",") || name.contains("\"") ? q(name) : name;
        return code.substring(0, 4) + "," + code.substring(4) + "," + n + "," + municipality;
    }

    private static DuoFiles.Reading read(DuoFile... files) {
        return DuoFiles.read(List.of(files), REGION, Sector.PO);
    }

    @Test
    void encodingsSeparatorsBomAndQuotesOfSeveralLocationsFilesAreRead() {
        DuoFile swv = swv(
                swvRow("PO 28-01", "28AA00", "'t Fûnemint"),
                swvRow("PO 28-01", "28AB00", "SBO De Brücke"),
                swvRow("PO 28-01", "28AC01", "De Ark; locatie Noord"),
                swvRow("PO 28-01", "28AD00", "Cañada"),
                swvRow("PO 28-02", "28ZZ00", "Andere regio"));
        DuoFile bao = baoWithColumn(
                baoRow("28AA00", "'t Fûnemint", "LEEUWARDEN", "Basisonderwijs"),
                baoRow("28AC01", "De Ark; locatie \"Noord\"", "UTRECHTSE HEUVELRUG", "Basisonderwijs"),
                baoRow("28AD00", "Cañada", "'S-HERTOGENBOSCH", "Basisonderwijs"),
                baoRow("28ZZ00", "Andere regio", "ERGENS", "Basisonderwijs"));
        DuoFile sbo = withoutColumn("alle-vestigingen-sbo.csv", plainRow("28AB00", "SBO De Brücke", "Utrecht"))
                .withKind(LocationKind.SBO);

        // any order: the locations files first, the SWV file last
        DuoFiles.Reading reading = read(sbo, bao, swv);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.missing()).isEmpty();
        assertThat(reading.schools())
                .extracting(
                        s -> s.details().code(),
                        s -> s.details().name(),
                        s -> s.details().type(),
                        s -> s.details().municipality())
                .containsExactlyInAnyOrder(
                        tuple("28AA00", "'t Fûnemint", SchoolType.BAO, "Leeuwarden"),
                        tuple("28AB00", "SBO De Brücke", SchoolType.SBO, "Utrecht"),
                        tuple("28AC01", "De Ark; locatie \"Noord\"", SchoolType.BAO, "Utrechtse Heuvelrug"),
                        tuple("28AD00", "Cañada", SchoolType.BAO, "'s-Hertogenbosch"));
        assertThat(reading.files())
                .extracting(
                        FileInfo::name,
                        FileInfo::encoding,
                        FileInfo::delimiter,
                        FileInfo::swvFile,
                        FileInfo::typeColumn,
                        FileInfo::kind)
                .containsExactly(
                        tuple("scholen-per-swv.csv", "UTF-8", ",", true, null, null),
                        tuple("alle-vestigingen-sbo.csv", "UTF-8", ",", false, null, LocationKind.SBO),
                        tuple("alle-vestigingen-bao.csv", "Latin-1 (Windows-1252)", ";", false, "SOORT PO", null));
    }

    @Test
    void aFileWithoutAKindColumnWaitsForItsKindInsteadOfGuessing() {
        DuoFile swv = swv(swvRow("PO 28-01", "28AB00", "SBO De Brücke"), swvRow("PO 28-01", "28AE00", "De Vonk"));
        DuoFile unknown = withoutColumn(
                "vestigingen.csv",
                plainRow("28AB00", "SBO De Brücke", "Utrecht"),
                plainRow("28AE00", "De Vonk", "Utrecht"));

        DuoFiles.Reading without = read(swv, unknown);
        assertThat(without.files())
                .filteredOn(f -> !f.swvFile())
                .singleElement()
                .satisfies(f -> assertThat(f.needsKind()).isTrue());
        assertThat(without.schools()).as("no school gets a guessed type").isEmpty();
        assertThat(without.problems()).isEmpty();
        assertThat(without.missing())
                .as("the rows are there, only their kind is unknown")
                .isEmpty();

        DuoFiles.Reading chosen = read(swv, unknown.withKind(LocationKind.SO_VSO));
        assertThat(chosen.schools()).extracting(s -> s.details().type()).containsOnly(SchoolType.SO);
        assertThat(LocationKind.SO_VSO.schoolType(Sector.VO)).isEqualTo(SchoolType.VSO);
    }

    @Test
    void locationsMissingFromTheLocationsFilesAreWarningsNotProblems() {
        List<String> swvRows = new ArrayList<>();
        List<String> locationRows = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String code = String.format("%02dAA00", i % 100).replace("AA", i < 100 ? "AA" : i < 200 ? "AB" : "AC");
            swvRows.add(swvRow("PO 28-01", code, "School " + i));
            if (i < 35) {
                locationRows.add(baoRow(code, "School " + i, "UTRECHT", "Basisonderwijs"));
            }
        }
        DuoFiles.Reading reading =
                read(swv(swvRows.toArray(String[]::new)), baoWithColumn(locationRows.toArray(String[]::new)));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.schools()).hasSize(35);
        assertThat(reading.missing()).hasSize(205);
        assertThat(reading.missing().getFirst()).isEqualTo(new MissingLocation("35AA00", "scholen-per-swv.csv", 37));
        assertThat(reading.lists("35AA", "00"))
                .as("still the region's: not to be closed")
                .isTrue();
    }

    @Test
    void malformedRowsOfThisRegionAreProblemsOneEachFirstAndOtherRegionsRowsAreIgnored() {
        DuoFile swv = swv(
                swvRow("PO 28-01", "28AA00", "Goed"),
                swvRow("PO 28-01", "28AB00", "Soort onbekend"),
                swvRow("PO 28-01", "28AC00", "Zonder naam"),
                "PO 28-01,SWV Test,2XAB,2XAB00,Fout BRIN",
                swvRow("PO 28-01", "28AF00", "Ontbreekt"),
                "PO 99-01,SWV Ander,9ZZ,9ZZ00,\"Andere regio, ook fout\"",
                "Onzin,SWV?,28AX,28AX00,Wie?");
        DuoFile bao = baoWithColumn(
                baoRow("28AA00", "Goed", "UTRECHT", "Basisonderwijs"),
                baoRow("28AB00", "Soort onbekend", "UTRECHT", "Kleuterschool"),
                baoRow("28AC00", "", "UTRECHT", "Basisonderwijs"),
                baoRow("99ZZ00", "", "ERGENS", "Onzin"));

        DuoFiles.Reading reading = read(swv, bao);

        assertThat(reading.problems())
                .extracting(RowProblem::file, RowProblem::line, RowProblem::messageKey)
                .containsExactly(
                        tuple("scholen-per-swv.csv", 5L, "admin.duo.row.brin"),
                        tuple("scholen-per-swv.csv", 8L, "admin.duo.row.swv"),
                        tuple("alle-vestigingen-bao.csv", 3L, "admin.duo.row.type"),
                        tuple("alle-vestigingen-bao.csv", 4L, "admin.duo.row.name"));
        assertThat(reading.missing()).extracting(MissingLocation::code).containsExactly("28AF00");
        assertThat(reading.schools()).extracting(s -> s.details().code()).containsExactly("28AA00");
    }

    @Test
    void aVestigingInTwoLocationsFilesIsADuplicate() {
        DuoFile swv = swv(swvRow("PO 28-01", "28AA00", "Dubbel"));
        DuoFile bao = baoWithColumn(baoRow("28AA00", "Dubbel", "UTRECHT", "Basisonderwijs"));
        DuoFile sbo = withoutColumn("sbo.csv", plainRow("28AA00", "Dubbel", "Utrecht"))
                .withKind(LocationKind.SBO);

        DuoFiles.Reading reading = read(swv, bao, sbo);

        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sbo.csv");
            assertThat(p.messageKey()).isEqualTo("admin.duo.row.duplicate");
            assertThat(p.params()).containsExactly("28AA00", "alle-vestigingen-bao.csv:2");
        });
    }

    @Test
    void aNameThatLooksLikeASpreadsheetFormulaIsKeptAsText() {
        DuoFile swv = swv(swvRow("PO 28-01", "28AA00", "=HYPERLINK(\"x\")"), swvRow("PO 28-01", "28AB00", "@SOM"));
        DuoFile bao = baoWithColumn(
                baoRow("28AA00", "=HYPERLINK(\"http://x\";\"klik\")", "UTRECHT", "Basisonderwijs"),
                baoRow("28AB00", "+31 -2 @SOM(A1)", "UTRECHT", "Basisonderwijs"));

        assertThat(read(swv, bao).schools())
                .extracting(s -> s.details().name())
                .containsExactlyInAnyOrder("=HYPERLINK(\"http://x\";\"klik\")", "+31 -2 @SOM(A1)");
    }

    @Test
    void everyUnusableUploadGetsItsOwnMessage() {
        DuoFile swv = swv(swvRow("PO 28-01", "28AA00", "School"));
        DuoFile bao = baoWithColumn(baoRow("28AA00", "School", "UTRECHT", "Basisonderwijs"));
        assertThatThrownBy(() -> read(swv)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.messageKey()).isEqualTo("admin.duo.error.missingLocations");
            assertThat(e.problems().getFirst().args()).containsExactly("scholen-per-swv.csv");
        });
        assertThatThrownBy(() -> read(bao))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.missingSwv"));
        assertThatThrownBy(() -> read(swv, swv, bao))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.twoSwv"));
        assertThatThrownBy(() -> read(swv, bao, bao, bao, bao, bao))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.tooManyFiles"));
        byte[] big = new byte[DuoLimits.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> read(swv, new DuoFile("groot.csv", big)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("admin.duo.error.tooLarge");
                    assertThat(e.problems().getFirst().args()).containsExactly("groot.csv", "20 MB");
                });
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> read(swv, new DuoFile("foto.png", png.toByteArray())))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.notCsv"));
        assertThatThrownBy(() -> read(swv, new DuoFile("leeg.csv", new byte[0])))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.empty"));
        assertThatThrownBy(() -> read(swv(swvRow("PO 99-01", "28AA00", "School")), bao))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.noSchoolsForRegion"));
        assertThatThrownBy(() -> read(
                        swv, new DuoFile("adres.csv", "naam;adres\nPiet;Dorp 1\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.columns"));
    }
}
