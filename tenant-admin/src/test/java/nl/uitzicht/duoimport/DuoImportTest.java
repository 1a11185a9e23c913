package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DUO import against real PostgreSQL, with the fixture in DUO's layout: "scholen per
 * samenwerkingsverband" (UTF-8 with BOM, comma, SWV codes written "PO 28-01") and "alle
 * vestigingen" (Windows-1252, semicolon, every field quoted, 6-character vestigingsnummers),
 * 263 rows each over six regions, 65 of them for PO2801.
 */
@TenantAdminTest
@WithRole(Role.REGION_ADMIN)
class DuoImportTest {

    static final Charset LATIN = Charset.forName("windows-1252");
    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Test Beheerder");

    @Autowired DuoImport duoImport;
    @Autowired RegionProvisioning provisioning;
    @Autowired SchoolDirectory schools;

    static byte[] fixture(String name) {
        try (InputStream in = DuoImportTest.class.getResourceAsStream("/duo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<DuoFile> files() {
        return List.of(new DuoFile("scholen-per-swv.csv", fixture("scholen-per-swv.csv")),
                new DuoFile("vestigingen.csv", fixture("vestigingen.csv")));
    }

    private UUID region;
    private static int counter;

    @BeforeEach
    @WithRole(system = true)
    void region(org.junit.jupiter.api.TestInfo test) {
        if (test.getTestMethod().orElseThrow().getName().startsWith("theDemo")) {
            return;
        }
        // each test its own region with the fixture's code: a fresh database per test class, so
        // the code is free the first time; later tests delete nothing, so use the other PO codes' fixture rows
        String code = "PO280" + (++counter);
        region = provisioning.provision(code, "SWV test " + code, Sector.PO).getId();
    }

    private <T> T asRegion(java.util.function.Supplier<T> body) {
        return TenantContext.callAs(region, body);
    }

    @Test
    void aRealisticFileSetIsPreviewedAppliedAndIsIdempotent() throws IOException {
        ImportPlan preview = asRegion(() -> duoImport.preview(files()));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.files()).extracting(FileInfo::encoding, FileInfo::delimiter, FileInfo::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UTF-8", ",", 263),
                        org.assertj.core.groups.Tuple.tuple("Latin-1 (Windows-1252)", ";", 263));
        int expected = preview.added().size();
        assertThat(expected).isGreaterThan(30);
        assertThat(asRegion(schools::all)).as("a preview changes nothing").isEmpty();

        asRegion(() -> duoImport.apply(files(), ADMIN));
        List<SchoolSummary> imported = asRegion(schools::all);
        assertThat(imported).hasSize(expected);
        assertThat(imported).extracting(SchoolSummary::type).contains(SchoolType.BAO);
        assertThat(imported).allSatisfy(s -> {
            assertThat(s.brin()).matches("[0-9]{2}[A-Z]{2}");
            assertThat(s.vestiging()).matches("[0-9]{2}");
            assertThat(s.municipality()).isNotBlank().doesNotContain("\uFFFD");
        });
        assertThat(new String(fixture("vestigingen.csv"), LATIN)).contains("Mozaïek");

        ImportPlan again = asRegion(() -> duoImport.apply(files(), ADMIN));
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(expected);
        assertThat(asRegion(schools::all)).as("second run: same rows, same versions").isEqualTo(imported);
    }

    @Test
    void changesAndClosuresAreShownAndApplied() throws IOException {
        asRegion(() -> duoImport.apply(files(), ADMIN));
        List<SchoolSummary> before = asRegion(schools::all);
        SchoolSummary renamed = before.get(0);
        SchoolSummary dropped = before.get(1);
        String locations = new String(fixture("vestigingen.csv"), LATIN)
                .replace("\"" + renamed.name() + "\"", "\"" + renamed.name() + " (nieuw)\"");
        String swv = new String(fixture("scholen-per-swv.csv"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.contains(dropped.brin() + "," + dropped.code()))
                .reduce("", (a, b) -> a + b + "\n");
        List<DuoFile> changed = List.of(new DuoFile("swv.csv", swv.getBytes(StandardCharsets.UTF_8)),
                new DuoFile("vest.csv", locations.getBytes(LATIN)));

        ImportPlan plan = asRegion(() -> duoImport.preview(changed));
        assertThat(plan.added()).isEmpty();
        assertThat(plan.changed()).extracting(c -> c.before().id()).contains(renamed.id());
        assertThat(plan.changed()).filteredOn(c -> c.before().id().equals(renamed.id()))
                .first().satisfies(c -> assertThat(c.fields()).contains("name"));
        assertThat(plan.closed()).extracting(SchoolSummary::id).containsExactly(dropped.id());

        asRegion(() -> duoImport.apply(changed, ADMIN));
        assertThat(asRegion(() -> schools.find(renamed.id())).orElseThrow().name()).endsWith("(nieuw)");
        assertThat(asRegion(() -> schools.find(dropped.id())).orElseThrow().open()).isFalse();

        ImportPlan back = asRegion(() -> duoImport.apply(files(), ADMIN));
        assertThat(back.changed()).as("the dropped school is reopened, the name restored").hasSize(2);
        assertThat(asRegion(() -> schools.find(dropped.id())).orElseThrow().open()).isTrue();
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEveryBadRow() throws IOException {
        String code = asRegion(() -> nl.uitzicht.tenancy.TenantContext.require()).toString();
        String regionCode = "PO280" + counter;
        String locations = new String(fixture("vestigingen.csv"), LATIN);
        String swv = new String(fixture("scholen-per-swv.csv"), StandardCharsets.UTF_8);
        List<String> swvLines = swv.lines().toList();
        List<String> ours = swvLines.stream().filter(l -> l.startsWith(regionCode.substring(0, 2) + " "
                + regionCode.substring(2, 4) + "-" + regionCode.substring(4))).toList();
        assertThat(ours).hasSizeGreaterThan(5);
        // three bad location rows of this region, found by their vestigingsnummer
        String v1 = ours.get(0).split(",")[3];
        String v2 = ours.get(1).split(",")[3];
        String v3 = ours.get(2).split(",")[3];
        List<String> locLines = new java.util.ArrayList<>(locations.lines().toList());
        int l1 = indexOf(locLines, v1);
        int l2 = indexOf(locLines, v2);
        int l3 = indexOf(locLines, v3);
        locLines.set(l1, locLines.get(l1).replaceFirst(";\"[^\"]*\";\"\"$", ";\"Kleuterschool\";\"\""));
        locLines.set(l2, locLines.get(l2).replaceFirst("\"" + v2 + "\";\"[^\"]*\"", "\"" + v2 + "\";\"\""));
        locLines.set(l3, locLines.get(l3).replaceFirst("\"" + v3 + "\"", "\"" + v3.substring(0, 4) + "X1\""));
        // and an SWV row naming a vestiging that is in no locations row
        List<String> swvOut = new java.util.ArrayList<>(swvLines);
        swvOut.add(ours.get(3).replace(ours.get(3).split(",")[3], ours.get(3).split(",")[2] + "77"));
        List<DuoFile> bad = List.of(
                new DuoFile("swv.csv", String.join("\n", swvOut).getBytes(StandardCharsets.UTF_8)),
                new DuoFile("vest.csv", String.join("\r\n", locLines).getBytes(LATIN)));

        assertThatThrownBy(() -> asRegion(() -> duoImport.apply(bad, ADMIN)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.plan().problems())
                        .extracting(RowProblem::file, RowProblem::line, RowProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("swv.csv", (long) swvOut.size(),
                                        "admin.duo.row.notInLocations"),
                                org.assertj.core.groups.Tuple.tuple("vest.csv", (long) l1 + 1, "admin.duo.row.type"),
                                org.assertj.core.groups.Tuple.tuple("vest.csv", (long) l2 + 1, "admin.duo.row.name"),
                                org.assertj.core.groups.Tuple.tuple("vest.csv", (long) l3 + 1,
                                        "admin.duo.row.vestiging"),
                                org.assertj.core.groups.Tuple.tuple("swv.csv", (long) swvLines.indexOf(ours.get(2)) + 1,
                                        "admin.duo.row.notInLocations")));
        assertThat(asRegion(schools::all)).as("all or nothing").isEmpty();
        assertThat(code).isNotBlank();
    }

    @Test
    void aWrongFileGetsAClearMessage() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        assertThatThrownBy(() -> asRegion(() -> duoImport.preview(List.of(new DuoFile("foto.png", png),
                new DuoFile("vestigingen.csv", fixture("vestigingen.csv"))))))
                .isInstanceOfSatisfying(DuoFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.notCsv"));
        byte[] other = "naam;adres\nPiet;Dorpsstraat 1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> asRegion(() -> duoImport.preview(List.of(new DuoFile("adressen.csv", other),
                new DuoFile("vestigingen.csv", fixture("vestigingen.csv"))))))
                .isInstanceOfSatisfying(DuoFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.noSwvFile"));
        assertThatThrownBy(() -> asRegion(() -> duoImport.preview(List.of(
                new DuoFile("scholen-per-swv.csv", fixture("scholen-per-swv.csv"))))))
                .isInstanceOfSatisfying(DuoFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.twoFiles"));
        byte[] otherRegion = "ADMINISTRATIENUMMER;BRIN NUMMER\nPO 99-01;12AB\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> asRegion(() -> duoImport.preview(List.of(new DuoFile("swv.csv", otherRegion),
                new DuoFile("vestigingen.csv", fixture("vestigingen.csv"))))))
                .isInstanceOfSatisfying(DuoFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.duo.error.noSchoolsForRegion"));
    }

    @Test
    void theDemoFilesInTheDocsFitTheDemoRegion() throws IOException {
        UUID demo = Callers.call(Callers.system(),
                () -> provisioning.provision("PO2999", "SWV De Waterlinie (demo)", Sector.PO)).getId();
        TenantContext.runAs(demo, () -> {
            schools.register("99AA", "00", "Basisschool De Regenboog", SchoolType.BAO, "Gorinchem", 412);
            schools.register("99AB", "00", "Basisschool Het Anker", SchoolType.BAO, "Leerdam", 268);
            schools.register("99AC", "00", "Kindcentrum De Linie", SchoolType.BAO, "Vianen", 355);
            schools.register("99AD", "00", "SBO De Brug", SchoolType.SBO, "Gorinchem", 142);
            schools.register("99AE", "00", "Mytylschool De Waterlelie", SchoolType.SO, "Gorinchem", 96);
        });
        java.nio.file.Path dir = java.nio.file.Path.of("..", "docs", "demo", "duo");
        List<DuoFile> demoFiles = List.of(
                new DuoFile("scholen-per-swv-po.csv", java.nio.file.Files.readAllBytes(dir.resolve("scholen-per-swv-po.csv"))),
                new DuoFile("alle-vestigingen-po.csv", java.nio.file.Files.readAllBytes(dir.resolve("alle-vestigingen-po.csv"))));
        ImportPlan plan = TenantContext.callAs(demo, () -> duoImport.preview(demoFiles));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).hasSize(15);
        assertThat(plan.changed()).extracting(c -> c.before().code()).containsExactly("99AC00");
        assertThat(plan.closed()).extracting(SchoolSummary::code).containsExactly("99AE00");
        assertThat(plan.unchanged()).isEqualTo(3);
        assertThat(TenantContext.callAs(demo, schools::all)).filteredOn(s -> s.code().equals("99AA00"))
                .extracting(SchoolSummary::pupilCount).as("hand-entered pupil counts stay").containsExactly(412);
    }

    private static int indexOf(List<String> lines, String vestiging) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"" + vestiging + "\"")) {
                return i;
            }
        }
        throw new AssertionError("not in fixture: " + vestiging);
    }
}
