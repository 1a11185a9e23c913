package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
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

    @Autowired
    DuoImport duoImport;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    ImportHistory history;

    @Autowired
    nl.uitzicht.audit.AuditLog auditLog;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    static byte[] fixture(String name) {
        try (InputStream in = DuoImportTest.class.getResourceAsStream("/duo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final ImportChoices CHOICES = new ImportChoices(Set.of(), false, null, ImportChoices.ImportOrigin.UPLOAD);

    static List<DuoFile> files() {
        return List.of(
                new DuoFile("scholen-per-swv.csv", fixture("scholen-per-swv.csv")),
                new DuoFile("vestigingen.csv", fixture("vestigingen.csv")));
    }

    @Autowired
    nl.uitzicht.tenancy.RegionDirectory regionDirectory;

    @Autowired
    nl.uitzicht.export.RegionOffboarding offboarding;

    private UUID region;
    private final java.util.Map<UUID, String> created = new java.util.LinkedHashMap<>();

    /** Each test its own region PO2801 (the fixture's region), deleted afterwards so the next can have the code. */
    @BeforeEach
    @WithRole(system = true)
    void region(org.junit.jupiter.api.TestInfo test) {
        if (test.getTestMethod().orElseThrow().getName().startsWith("theDemo")) {
            return;
        }
        region = provision("PO2801");
    }

    private UUID provision(String code) {
        UUID id = nl.uitzicht.testing.Callers.call(
                nl.uitzicht.testing.Callers.system(),
                () -> provisioning
                        .provision(code, "SWV test " + code, Sector.PO)
                        .getId());
        created.put(id, code);
        return id;
    }

    @org.junit.jupiter.api.AfterEach
    void deleteRegions() {
        nl.uitzicht.testing.Callers.run(
                nl.uitzicht.testing.Callers.system(),
                () -> created.forEach((id, code) -> {
                    regionDirectory.suspend(id);
                    regionDirectory.end(id);
                    offboarding.delete(id, code, ADMIN);
                }));
        created.clear();
    }

    private <T> T asRegion(java.util.function.Supplier<T> body) {
        return TenantContext.callAs(region, body);
    }

    @Test
    void aRealisticFileSetIsPreviewedAppliedAndIsIdempotent() throws IOException {
        ImportPlan preview = asRegion(() -> duoImport.preview(files()));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.files())
                .extracting(FileInfo::encoding, FileInfo::delimiter, FileInfo::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UTF-8", ",", 263),
                        org.assertj.core.groups.Tuple.tuple("Latin-1 (Windows-1252)", ";", 263));
        int expected = preview.added().size();
        assertThat(expected).isGreaterThan(30);
        assertThat(asRegion(schools::all)).as("a preview changes nothing").isEmpty();

        asRegion(() -> duoImport.apply(files(), CHOICES, ADMIN));
        List<SchoolSummary> imported = asRegion(schools::all);
        assertThat(imported).hasSize(expected);
        assertThat(imported).extracting(SchoolSummary::type).contains(SchoolType.BAO);
        assertThat(imported).allSatisfy(s -> {
            assertThat(s.brin()).matches("[0-9]{2}[A-Z]{2}");
            assertThat(s.vestiging()).matches("[0-9]{2}");
            assertThat(s.municipality()).isNotBlank().doesNotContain("\uFFFD");
        });
        assertThat(new String(fixture("vestigingen.csv"), LATIN)).contains("Mozaïek");

        ImportPlan again = asRegion(() -> duoImport.apply(files(), CHOICES, ADMIN));
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(expected);
        assertThat(asRegion(schools::all))
                .as("second run: same rows, same versions")
                .isEqualTo(imported);
    }

    @Test
    void changesAndClosuresAreShownAndApplied() throws IOException {
        asRegion(() -> duoImport.apply(files(), CHOICES, ADMIN));
        List<SchoolSummary> before = asRegion(schools::all);
        SchoolSummary renamed = before.get(0);
        SchoolSummary dropped = before.get(1);
        String locations = new String(fixture("vestigingen.csv"), LATIN)
                .replace("\"" + renamed.name() + "\"", "\"" + renamed.name() + " (nieuw)\"");
        String swv = new String(fixture("scholen-per-swv.csv"), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.contains(dropped.brin() + "," + dropped.code()))
                .reduce("", (a, b) -> a + b + "\n");
        List<DuoFile> changed = List.of(
                new DuoFile("swv.csv", swv.getBytes(StandardCharsets.UTF_8)),
                new DuoFile("vest.csv", locations.getBytes(LATIN)));

        ImportPlan plan = asRegion(() -> duoImport.preview(changed));
        assertThat(plan.added()).isEmpty();
        assertThat(plan.changed()).extracting(c -> c.before().id()).contains(renamed.id());
        assertThat(plan.changed())
                .filteredOn(c -> c.before().id().equals(renamed.id()))
                .first()
                .satisfies(c -> assertThat(c.fields())
                        .containsExactly(
                                new ImportPlan.FieldChange("name", renamed.name(), renamed.name() + " (nieuw)")));
        assertThat(plan.closed()).extracting(c -> c.school().id()).containsExactly(dropped.id());
        assertThat(plan.closed())
                .extracting(ImportPlan.Closing::pupils, ImportPlan.Closing::openOpps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0));

        asRegion(() -> duoImport.apply(changed, CHOICES, ADMIN));
        assertThat(asRegion(() -> schools.find(renamed.id())).orElseThrow().name())
                .endsWith("(nieuw)");
        assertThat(asRegion(() -> schools.find(dropped.id())).orElseThrow().open())
                .isFalse();

        ImportPlan back = asRegion(() -> duoImport.apply(files(), CHOICES, ADMIN));
        assertThat(back.changed())
                .as("the dropped school is reopened, the name restored")
                .hasSize(2);
        assertThat(asRegion(() -> schools.find(dropped.id())).orElseThrow().open())
                .isTrue();
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEveryBadRow() throws IOException {
        String code =
                asRegion(() -> nl.uitzicht.tenancy.TenantContext.require()).toString();
        String regionCode = "PO2801";
        String locations = new String(fixture("vestigingen.csv"), LATIN);
        String swv = new String(fixture("scholen-per-swv.csv"), StandardCharsets.UTF_8);
        List<String> swvLines = swv.lines().toList();
        List<String> ours = swvLines.stream()
                .filter(l -> l.startsWith(
                        regionCode.substring(0, 2) + " " + regionCode.substring(2, 4) + "-" + regionCode.substring(4)))
                .toList();
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

        assertThatThrownBy(() -> asRegion(() -> duoImport.apply(bad, CHOICES, ADMIN)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportRejectedException.Reason.NOT_APPLICABLE);
                    assertThat(e.plan().problems())
                            .extracting(RowProblem::file, RowProblem::line, RowProblem::messageKey)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(
                                            "vest.csv",
                                            (long) Math.min(l1, Math.min(l2, l3)) + 1,
                                            keyAt(Math.min(l1, Math.min(l2, l3)), l1, l2, l3)),
                                    org.assertj.core.groups.Tuple.tuple(
                                            "vest.csv", (long) mid(l1, l2, l3) + 1, keyAt(mid(l1, l2, l3), l1, l2, l3)),
                                    org.assertj.core.groups.Tuple.tuple(
                                            "vest.csv",
                                            (long) Math.max(l1, Math.max(l2, l3)) + 1,
                                            keyAt(Math.max(l1, Math.max(l2, l3)), l1, l2, l3)));
                    assertThat(e.plan().missing())
                            .as("warnings, not problems")
                            .extracting(MissingLocation::line)
                            .containsExactlyInAnyOrder((long) swvOut.size(), (long) swvLines.indexOf(ours.get(2)) + 1);
                });
        assertThat(asRegion(schools::all)).as("all or nothing").isEmpty();
        assertThat(code).isNotBlank();
    }

    @Test
    void theDemoFilesInTheDocsFitTheDemoRegion() throws IOException {
        UUID demo = Callers.call(
                        Callers.system(), () -> provisioning.provision("PO2999", "SWV De Waterlinie (demo)", Sector.PO))
                .getId();
        TenantContext.runAs(demo, () -> {
            schools.register("99AA", "00", "Basisschool De Regenboog", SchoolType.BAO, "Gorinchem", 412);
            schools.register("99AB", "00", "Basisschool Het Anker", SchoolType.BAO, "Leerdam", 268);
            schools.register("99AC", "00", "Kindcentrum De Linie", SchoolType.BAO, "Vianen", 355);
            schools.register("99AD", "00", "SBO De Brug", SchoolType.SBO, "Gorinchem", 142);
            schools.register("99AE", "00", "Mytylschool De Waterlelie", SchoolType.SO, "Gorinchem", 96);
        });
        java.nio.file.Path dir = java.nio.file.Path.of("..", "docs", "demo", "duo");
        List<DuoFile> demoFiles = List.of(
                new DuoFile(
                        "scholen-per-swv-po.csv",
                        java.nio.file.Files.readAllBytes(dir.resolve("scholen-per-swv-po.csv"))),
                new DuoFile(
                        "alle-vestigingen-po.csv",
                        java.nio.file.Files.readAllBytes(dir.resolve("alle-vestigingen-po.csv"))));
        ImportPlan plan = TenantContext.callAs(demo, () -> duoImport.preview(demoFiles));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).hasSize(15);
        assertThat(plan.changed())
                .as("schools added by hand that DUO lists become DUO's")
                .extracting(c -> c.before().code())
                .containsExactlyInAnyOrder("99AA00", "99AB00", "99AC00", "99AD00");
        assertThat(plan.changed())
                .filteredOn(c -> c.before().code().equals("99AA00"))
                .singleElement()
                .satisfies(c ->
                        assertThat(c.fields()).containsExactly(new ImportPlan.FieldChange("source", "MANUAL", "DUO")));
        assertThat(plan.closed())
                .as("a school added by hand is never closed unless chosen")
                .isEmpty();
        assertThat(plan.keptManual()).extracting(c -> c.school().code()).containsExactly("99AE00");
        assertThat(TenantContext.callAs(demo, schools::all))
                .filteredOn(s -> s.code().equals("99AA00"))
                .extracting(SchoolSummary::pupilCount)
                .as("hand-entered pupil counts stay")
                .containsExactly(412);
    }

    /** The fixture without the SWV line of this school (so an import later adds it). */
    static List<DuoFile> filesWithout(String code) {
        String swv = new String(fixture("scholen-per-swv.csv"), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.contains("," + code + ","))
                .reduce("", (a, b) -> a + b + "\n");
        return List.of(
                new DuoFile("swv.csv", swv.getBytes(StandardCharsets.UTF_8)),
                new DuoFile("vestigingen.csv", fixture("vestigingen.csv")));
    }

    /** The fixture's locations file without the rows of these schools. */
    static DuoFile locationsWithout(List<String> codes) {
        String locations = new String(fixture("vestigingen.csv"), LATIN)
                .lines()
                .filter(l -> codes.stream().noneMatch(c -> l.contains("\"" + c + "\"")))
                .reduce("", (a, b) -> a + b + "\r\n");
        return new DuoFile("vestigingen-deels.csv", locations.getBytes(LATIN));
    }

    @Test
    void locationsMissingFromTheLocationsFileWarnAndTheRestIsImportedWithoutClosingThem() {
        asRegion(() -> duoImport.apply(files(), CHOICES, ADMIN));
        List<SchoolSummary> before = asRegion(schools::all);
        List<String> lacking =
                before.subList(0, 3).stream().map(SchoolSummary::code).toList();
        List<DuoFile> partial =
                List.of(new DuoFile("scholen-per-swv.csv", fixture("scholen-per-swv.csv")), locationsWithout(lacking));

        ImportPlan plan = asRegion(() -> duoImport.preview(partial));
        assertThat(plan.applicable()).isTrue();
        assertThat(plan.missing()).extracting(MissingLocation::code).containsExactlyInAnyOrderElementsOf(lacking);
        assertThat(plan.closed())
                .as("still on the region's list: left as they are")
                .isEmpty();
        assertThat(plan.unchanged()).isEqualTo(before.size() - 3);
        assertThat(plan.changesNothing()).isTrue();

        // a new region: everything but the missing ones is added
        UUID fresh = provision("PO2802");
        String theirs = new String(fixture("scholen-per-swv.csv"), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("PO 28-02"))
                .findFirst()
                .orElseThrow()
                .split(",")[3];
        ImportPlan first = TenantContext.callAs(
                fresh,
                () -> duoImport.apply(
                        List.of(
                                new DuoFile("scholen-per-swv.csv", fixture("scholen-per-swv.csv")),
                                locationsWithout(List.of(theirs))),
                        CHOICES,
                        ADMIN));
        assertThat(first.missing()).extracting(MissingLocation::code).containsExactly(theirs);
        assertThat(first.added()).hasSizeGreaterThan(5);
        assertThat(TenantContext.callAs(fresh, schools::all))
                .hasSize(first.added().size())
                .extracting(SchoolSummary::code)
                .doesNotContain(theirs);
    }

    @Test
    void schoolsAddedByHandAreKeptUnlessChosenAndASecondRunChangesNothing() {
        SchoolSummary own = asRegion(() -> schools.add(
                new nl.uitzicht.school.SchoolDetails("28ZZ", "00", "=Eigen school", SchoolType.SO, "Houten", 40)));
        asRegion(() -> duoImport.apply(files(), CHOICES, ADMIN));
        assertThat(asRegion(() -> schools.find(own.id())).orElseThrow().open()).isTrue();

        ImportPlan again = asRegion(() -> duoImport.preview(files()));
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.keptManual()).extracting(c -> c.school().code()).containsExactly("28ZZ00");
        assertThat(again.keptManual().getFirst().school().name())
                .as("kept as text")
                .isEqualTo("=Eigen school");

        asRegion(() -> duoImport.apply(
                files(),
                new ImportChoices(Set.of("28ZZ00"), false, again.fingerprint(), ImportChoices.ImportOrigin.UPLOAD),
                ADMIN));
        assertThat(asRegion(() -> schools.find(own.id())).orElseThrow().open())
                .as("closed because chosen")
                .isFalse();
    }

    @Test
    void closingASchoolWithOpenOppsNeedsItsOwnConfirmation() {
        asRegion(() -> duoImport.apply(files(), CHOICES, ADMIN));
        SchoolSummary leaving = asRegion(schools::all).get(2);
        UUID pupil = UUID.randomUUID();
        TenantContext.runAs(
                region,
                () -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                        .executeWithoutResult(t -> {
                            jdbc.update(
                                    "insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on)"
                                            + " values (?, ?, ?, 'Sam', 2016, '5', date '2024-08-20')",
                                    pupil,
                                    region,
                                    leaving.id());
                            jdbc.update(
                                    "insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, "
                                            + "deadline_on, created_by, created_at, updated_at) values (?, ?, ?, ?, 'ACTIVE', "
                                            + "date '2025-09-01', date '2025-10-13', 'test', now(), now())",
                                    UUID.randomUUID(),
                                    region,
                                    pupil,
                                    leaving.id());
                        }));
        List<DuoFile> without = filesWithout(leaving.code());

        ImportPlan plan = asRegion(() -> duoImport.preview(without));
        assertThat(plan.closed()).singleElement().satisfies(c -> {
            assertThat(c.school().id()).isEqualTo(leaving.id());
            assertThat(c.pupils()).isEqualTo(1);
            assertThat(c.openOpps()).isEqualTo(1);
        });
        assertThat(plan.closingWithOpenOpps()).hasSize(1);
        assertThatThrownBy(() -> asRegion(() -> duoImport.apply(
                        without,
                        new ImportChoices(Set.of(), false, plan.fingerprint(), ImportChoices.ImportOrigin.UPLOAD),
                        ADMIN)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportRejectedException.Reason.CONFIRM_OPEN_OPPS));
        assertThat(asRegion(() -> schools.find(leaving.id())).orElseThrow().open())
                .isTrue();

        asRegion(() -> duoImport.apply(
                without,
                new ImportChoices(Set.of(), true, plan.fingerprint(), ImportChoices.ImportOrigin.UPLOAD),
                ADMIN));
        assertThat(asRegion(() -> schools.find(leaving.id())).orElseThrow().open())
                .isFalse();
    }

    @Test
    void aSchoolSavedSinceThePreviewMakesTheApplyRefuseAndWriteNothing() {
        asRegion(() -> duoImport.apply(filesWithout("59BM00"), CHOICES, ADMIN));
        ImportPlan plan = asRegion(() -> duoImport.preview(files()));
        assertThat(plan.added())
                .extracting(nl.uitzicht.school.SchoolDetails::code)
                .containsExactly("59BM00");
        SchoolSummary other = asRegion(schools::all).get(5);
        asRegion(() -> schools.edit(
                other.id(),
                other.version(),
                new nl.uitzicht.school.SchoolDetails(
                        other.brin(), other.vestiging(), other.name(), other.type(), other.municipality(), 123)));

        assertThatThrownBy(() -> asRegion(() -> duoImport.apply(
                        files(),
                        new ImportChoices(Set.of(), false, plan.fingerprint(), ImportChoices.ImportOrigin.UPLOAD),
                        ADMIN)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportRejectedException.Reason.STALE));
        assertThat(asRegion(() -> schools.findByCode("59BM", "00"))).isEmpty();
        assertThat(asRegion(() -> history.recent(10))).hasSize(1);
    }

    @Test
    void applyIsAllOrNothingUnderAConcurrentEditOfASchoolAndEveryAppliedImportIsInTheHistoryAndAudited()
            throws Exception {
        asRegion(() -> duoImport.apply(filesWithout("59BM00"), CHOICES, ADMIN));
        List<SchoolSummary> before = asRegion(schools::all);
        SchoolSummary renamed = before.get(0);
        String locations = new String(fixture("vestigingen.csv"), LATIN)
                .replace("\"" + renamed.name() + "\"", "\"" + renamed.name() + " (nieuw)\"");
        List<DuoFile> next = List.of(
                new DuoFile("scholen-per-swv.csv", fixture("scholen-per-swv.csv")),
                new DuoFile("vestigingen.csv", locations.getBytes(LATIN)));
        ImportPlan plan = asRegion(() -> duoImport.preview(next));
        assertThat(plan.added()).hasSize(1);
        assertThat(plan.changed()).extracting(c -> c.before().id()).containsExactly(renamed.id());

        // someone saves the school in a transaction of their own, still open while the import runs
        try (java.sql.Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var bind = other.prepareStatement("select set_config('app.tenant_id', ?, true)");
                    var edit = other.prepareStatement(
                            "update school set name = 'Hand', version = version + 1 where id = ?")) {
                bind.setString(1, region.toString());
                bind.execute();
                edit.setObject(1, renamed.id());
                assertThat(edit.executeUpdate()).isEqualTo(1);
            }
            java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<ImportPlan> importing =
                        worker.submit(() -> nl.uitzicht.testing.Callers.call(
                                nl.uitzicht.testing.Callers.person(Role.REGION_ADMIN),
                                () -> asRegion(() -> duoImport.apply(next, CHOICES, ADMIN))));
                // wait (no time limit asserted) until the import waits for that school's row lock
                while (!importing.isDone()
                        && jdbc.queryForObject(
                                        "select count(*) from pg_stat_activity where "
                                                + "datname = current_database() and wait_event_type = 'Lock'",
                                        Integer.class)
                                == 0) {
                    Thread.sleep(20);
                }
                other.commit();
                assertThatThrownBy(importing::get)
                        .hasCauseInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
            } finally {
                worker.shutdown();
            }
        }
        assertThat(asRegion(() -> schools.findByCode("59BM", "00")))
                .as("the added school is rolled back")
                .isEmpty();
        assertThat(asRegion(() -> schools.find(renamed.id())).orElseThrow().name())
                .isEqualTo("Hand");
        List<ImportHistory.Entry> entries = asRegion(() -> history.recent(10));
        assertThat(entries).as("only the first import").hasSize(1);

        ImportPlan retried = asRegion(() -> duoImport.apply(next, CHOICES, ADMIN));
        assertThat(retried.added()).hasSize(1);
        List<ImportHistory.Entry> after = asRegion(() -> history.recent(10));
        assertThat(after).hasSize(2);
        ImportHistory.Entry last = after.getFirst();
        assertThat(last.actorName()).isEqualTo(ADMIN.name());
        assertThat(last.files()).isEqualTo("scholen-per-swv.csv, vestigingen.csv");
        assertThat(last.added()).isEqualTo(1);
        assertThat(last.changed()).isEqualTo(1);
        assertThat(last.origin()).isEqualTo(ImportChoices.ImportOrigin.UPLOAD);
        assertThat(asRegion(() -> auditLog.trailOf(DuoImport.AUDIT_SUBJECT, last.id())))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.actorName()).isEqualTo(ADMIN.name());
                    assertThat(r.detail()).contains("1 added, 1 changed", "vestigingen.csv");
                });
    }

    private static int mid(int a, int b, int c) {
        return a + b + c - Math.min(a, Math.min(b, c)) - Math.max(a, Math.max(b, c));
    }

    private static String keyAt(int line, int l1, int l2, int l3) {
        return line == l1 ? "admin.duo.row.type" : line == l2 ? "admin.duo.row.name" : "admin.duo.row.vestiging";
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
