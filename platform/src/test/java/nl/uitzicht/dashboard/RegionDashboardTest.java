package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.StatementCounter;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Aggregates from SQL on real PostgreSQL under RLS; data written as the owner to shape exact counts. */
@PlatformTest
@WithRole(system = true)
class RegionDashboardTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    RegionDashboard dashboard;

    @Autowired
    Checklists checklists;

    @Autowired
    TestDatabases.FreshDatabase db;

    static int next = 5300;
    UUID region;
    UUID schoolA;
    UUID schoolB;
    Map<String, UUID> category;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void region() {
        region = regions.register("PO" + next++, "Dashboardregio", Sector.PO).getId();
        schoolA = TenantContext.callAs(
                region,
                () -> schools.register("53AA", "00", "Aa-school", SchoolType.BAO, null, 300)
                        .id());
        schoolB = TenantContext.callAs(
                region,
                () -> schools.register("53BB", "00", "Bb-school", SchoolType.BAO, null, 200)
                        .id());
        TenantContext.runAs(region, categories::installDefaults);
        category = TenantContext.callAs(region, categories::all).stream()
                .collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
    }

    /** n OPPs (one pupil each) at a school with extra support in a category; returns the version ids. */
    void opps(UUID school, String categoryCode, int n) {
        opps(school, categoryCode, n, today.minusMonths(3), null);
    }

    /** n OPPs at a school, their support started on {@code started} (and closed on {@code closed}, if given). */
    void opps(UUID school, String categoryCode, int n, LocalDate started, LocalDate closed) {
        new DashboardData(db, region, category, today).opps(school, categoryCode, n, started, closed);
    }

    Dashboard load() {
        return TenantContext.callAs(region, () -> dashboard.load(DashboardFilter.currentSchoolYear(today), today));
    }

    static String cell(Dashboard d, String school, String categoryName) {
        int row = 0;
        while (!d.mirror().schools().get(row).name().equals(school)) {
            row++;
        }
        int col = 0;
        while (!d.mirror().categories().get(col).name().startsWith(categoryName)) {
            col++;
        }
        return d.mirror().cells().get(row).get(col).text();
    }

    @Test
    void theMirrorCountsExtraSupportInBasicCategoriesAndSuppressesSmallAndDerivableCells() {
        opps(schoolA, "LEZEN_SPELLEN", 7);
        opps(schoolA, "WERKHOUDING", 3);
        opps(schoolB, "LEZEN_SPELLEN", 8);
        opps(schoolB, "WERKHOUDING", 6);
        opps(schoolB, "GEDRAG", 9); // not basic support under the national minimum: not in the mirror

        Dashboard d = load();
        assertThat(d.mirror().standardSource()).isEqualTo(RegionDashboard.STANDARD_NATIONAL_MINIMUM);
        assertThat(d.mirror().categories())
                .extracting(Dashboard.MirrorCategory::name)
                .doesNotContain("Gedrag")
                .contains("Lezen, spelling en dyslexie", "Werkhouding en concentratie");
        // A/W = 3 is small; A/L (7) with A's total (10) would give it away, and so would B/W (6) with W's total (9).
        assertThat(cell(d, "Aa-school", "Werkhouding")).isEqualTo("< 5");
        assertThat(cell(d, "Aa-school", "Lezen")).isEqualTo("< 5");
        assertThat(cell(d, "Bb-school", "Werkhouding")).isEqualTo("< 5");
        assertThat(d.mirror().total().text()).isEqualTo("24");
        // Ranked: B has more basic-support OPPs per pupil (14/200) than A (10/300).
        assertThat(d.mirror().schools())
                .extracting(Dashboard.MirrorSchool::name)
                .containsExactly("Bb-school", "Aa-school");
        // OPPs per 100 pupils: A 10/300, B 23/200.
        assertThat(d.schools()).extracting(s -> s.opps().text()).containsExactly("10", "23");
        assertThat(d.schools().get(1).per100()).isEqualTo(11.5);
        // The drill-down gives OPP counts per school, suppressed the same way.
        assertThat(TenantContext.callAs(region, () -> dashboard.drillDown(d, category.get("WERKHOUDING"))))
                .extracting(RegionDashboard.DrillDown::opps)
                .extracting(Cell::text)
                .containsOnly("< 5");
        // Quality: all these OPPs were consented in time with the pupil's view, but lack the three parts.
        Dashboard.Compliance view = d.quality().checks().stream()
                .filter(c -> c.check().equals("PUPIL_VIEW"))
                .findFirst()
                .orElseThrow();
        assertThat(view.share()).isEqualTo(100.0);
        Dashboard.Compliance parts = d.quality().checks().stream()
                .filter(c -> c.check().equals("LEGAL_PARTS"))
                .findFirst()
                .orElseThrow();
        assertThat(parts.share()).isEqualTo(0.0);
    }

    @Test
    void aSchoolWithFewerThanFiveOppsIsSuppressedAlsoInTheTotalsThatWouldRevealIt() {
        opps(schoolA, "LEZEN_SPELLEN", 2);
        opps(schoolB, "LEZEN_SPELLEN", 9);
        Dashboard d = load();
        assertThat(d.schools()).extracting(s -> s.opps().text()).containsExactly("< 5", "< 5");
        assertThat(d.schools()).allSatisfy(s -> assertThat(s.per100()).isNull());
        assertThat(d.totalOpps().text()).isEqualTo("11");
        assertThat(d.types())
                .singleElement()
                .satisfies(t -> assertThat(t.opps().text()).isEqualTo("11"));
    }

    @Test
    void consensusScoresPerItemAndOverallHideItemsScoredForFewerThanFiveOpps() {
        opps(schoolA, "LEZEN_SPELLEN", 6);
        UUID checklist =
                TenantContext.callAs(region, () -> checklists.standard().id());
        UUID round = UUID.randomUUID();
        db.ownerExecute(
                "insert into scoring_round (id, tenant_id, name, checklist_id, organiser_id, organiser_name, created_at)"
                        + " values ('" + round + "', '" + region + "', 'Ronde', '" + checklist
                        + "', gen_random_uuid(), 'Tom', now())");
        List<String> oppIds = db.ownerQuery("select id from opp where tenant_id = '" + region + "' order by id");
        for (int i = 0; i < oppIds.size(); i++) {
            consensus(round, oppIds.get(i), "DOEL", 1, 2);
            if (i < 3) {
                consensus(round, oppIds.get(i), "BEKNOPT", 2, 0);
            }
        }
        Dashboard.Quality q = load().quality();
        assertThat(q.items()).extracting(Dashboard.ItemScore::position).containsExactly(1, 2);
        assertThat(q.items().get(0).mean()).isEqualTo(2.0);
        assertThat(q.items().get(1).opps().text()).isEqualTo("< 5");
        assertThat(q.items().get(1).mean()).isNull();
        // Over all items: 6 OPPs, (6 x 2 + 3 x 0) / 9 scores.
        assertThat(q.overallMean()).isEqualTo(1.33);
    }

    void consensus(UUID round, String opp, String item, int position, int score) {
        new DashboardData(db, region, category, today).consensus(round, opp, schoolA, item, position, score);
    }

    @Test
    void theSectorAndSchoolTypeFiltersKeepToTheirSchools() {
        UUID vso = TenantContext.callAs(
                region,
                () -> schools.register("53VS", "00", "Vso-school", SchoolType.VSO, null, 120)
                        .id());
        opps(schoolA, "LEZEN_SPELLEN", 6);
        opps(vso, "LEZEN_SPELLEN", 7);
        Dashboard po = TenantContext.callAs(
                region, () -> dashboard.load(new DashboardFilter(SchoolYear.of(today), null, null, Sector.PO), today));
        assertThat(po.schools()).extracting(Dashboard.SchoolRate::name).containsExactly("Aa-school", "Bb-school");
        assertThat(po.totalOpps().text()).isEqualTo("6");
        Dashboard vo = TenantContext.callAs(
                region, () -> dashboard.load(new DashboardFilter(SchoolYear.of(today), null, null, Sector.VO), today));
        assertThat(vo.schools()).extracting(Dashboard.SchoolRate::name).containsExactly("Vso-school");
        assertThat(vo.mirror().total().text()).isEqualTo("7");
        Dashboard bao = TenantContext.callAs(
                region,
                () -> dashboard.load(new DashboardFilter(SchoolYear.of(today), null, SchoolType.BAO, null), today));
        assertThat(bao.totalOpps().text()).isEqualTo("6");
    }

    /**
     * What opening and filtering the dashboard cost in SQL statements (issue 13): the same for a region with
     * two schools and 5 OPPs as for one with four schools and 50 (no statement per school, category or OPP).
     * The bounds are the measured counts; raise one only with a reason.
     */
    @Test
    void openingAndFilteringCostTheSameStatementsWhateverTheRegionsSize() {
        opps(schoolA, "LEZEN_SPELLEN", 5);
        List<Integer> small = dashboardStatements();

        for (int s = 0; s < 2; s++) {
            String brin = "53C" + (char) ('A' + s);
            UUID more = TenantContext.callAs(
                    region,
                    () -> schools.register(brin, "00", "School " + brin, SchoolType.BAO, null, 150)
                            .id());
            opps(more, "WERKHOUDING", 10);
        }
        opps(schoolB, "LEZEN_SPELLEN", 15);
        opps(schoolA, "GEDRAG", 10);
        List<Integer> large = dashboardStatements();

        System.out.printf("dashboard statements (open, warm, year, school): %s / %s%n", small, large);
        assertThat(large).as("open, warm open, another school year, one school").isEqualTo(small);
        assertThat(small.get(0)).as("open (cold)").isLessThanOrEqualTo(DASHBOARD_OPEN);
        assertThat(small.get(1)).as("open (this node's memory)").isLessThanOrEqualTo(DASHBOARD_WARM);
        assertThat(small.get(2)).as("another school year").isLessThanOrEqualTo(DASHBOARD_OPEN);
        assertThat(small.get(3)).as("one school").isLessThanOrEqualTo(DASHBOARD_ONE_SCHOOL);
    }

    /**
     * Cold open: the data version, the plan cache mode, the aggregate statements and basic support, and the
     * three reads of the figures kept from plans the retention job deleted (OPPs per school, starts, legal
     * checks; ADR 0086).
     */
    static final int DASHBOARD_OPEN = 19;

    /** Warm open: the data version only. */
    static final int DASHBOARD_WARM = 2;

    /**
     * One school: the school's dashboard and the three wider ones it is protected against (region, school type,
     * sector; ADR 0051), each computed like a cold open, with the kept figures of deleted plans.
     */
    static final int DASHBOARD_ONE_SCHOOL = 53;

    /** Statements of: the cold open, the warm open, another school year, one school (cold, as a filter is). */
    private List<Integer> dashboardStatements() {
        DashboardFilter open = DashboardFilter.currentSchoolYear(today);
        DashboardFilter lastYear = new DashboardFilter(SchoolYear.of(today.minusYears(1)), null, null, null);
        DashboardFilter oneSchool = new DashboardFilter(SchoolYear.of(today), schoolA, null, null);
        return java.util.stream.Stream.of(open, open, lastYear, oneSchool)
                .map(f -> StatementCounter.record(() -> TenantContext.callAs(region, () -> dashboard.load(f, today)))
                        .statements()
                        .size())
                .toList();
    }

    @Test
    void theCacheServesRepeatedLoadsAndEveryChangeBehindTheDashboardIsSeenAtOnce() {
        opps(schoolB, "LEZEN_SPELLEN", 6);
        Dashboard first = load();
        assertThat(cell(first, "Bb-school", "Lezen")).isEqualTo("6");
        assertThat(share(first, "PUPIL_VIEW")).isEqualTo(100.0);
        // With the data-version trigger off, a change goes unseen: the second load is the cached aggregate.
        db.ownerExecute("alter table opp_version disable trigger raise_data_version");
        try {
            db.ownerExecute("update opp_version set pupil_view = '' where tenant_id = '" + region + "'");
        } finally {
            db.ownerExecute("alter table opp_version enable trigger raise_data_version");
        }
        assertThat(share(load(), "PUPIL_VIEW")).isEqualTo(100.0);
        // A change to an OPP's version raises the region's data version: the next load comes from PostgreSQL.
        db.ownerExecute("update opp_version set pupil_view = 'Mijn mening' where tenant_id = '" + region + "'");
        assertThat(share(load(), "PUPIL_VIEW")).isEqualTo(100.0);
        db.ownerExecute("update opp_version set pupil_view = null where tenant_id = '" + region + "'");
        assertThat(share(load(), "PUPIL_VIEW")).isEqualTo(0.0);
        // A new OPP, a consensus score and a school's SOP profile are seen at once too.
        opps(schoolB, "LEZEN_SPELLEN", 1);
        assertThat(cell(load(), "Bb-school", "Lezen")).isEqualTo("7");
        db.ownerExecute("insert into school_support_profile (school_id, tenant_id, category_ids) values ('" + schoolB
                + "', '" + region + "', '{" + category.get("GEDRAG") + "}')");
        assertThat(load().mirror().standardSource()).isEqualTo(RegionDashboard.STANDARD_REGION);
        // Another region's change does not touch this region's version.
        long before = TenantContext.callAs(region, () -> versionOfThisRegion());
        UUID other = regions.register("PO" + next++, "Andere regio", Sector.PO).getId();
        TenantContext.runAs(other, () -> schools.register("53CC", "00", "Cc-school", SchoolType.BAO, null, 100));
        assertThat(TenantContext.callAs(region, () -> versionOfThisRegion())).isEqualTo(before);
    }

    long versionOfThisRegion() {
        List<String> v = db.ownerQuery("select version from region_data_version where tenant_id = '" + region + "'");
        return v.isEmpty() ? 0 : Long.parseLong(v.getFirst());
    }

    static Double share(Dashboard d, String check) {
        return d.quality().checks().stream()
                .filter(c -> c.check().equals(check))
                .findFirst()
                .orElseThrow()
                .share();
    }

    @Test
    void theRegionStandardAndEachSchoolsSopDecideWhatCountsAsBasicSupport() {
        db.ownerExecute("insert into basic_support_standard (id, tenant_id, category_ids) values (gen_random_uuid(), '"
                + region + "', '{" + category.get("GEDRAG") + "}')");
        db.ownerExecute("insert into school_support_profile (school_id, tenant_id, category_ids) values ('" + schoolA
                + "', '" + region + "', '{" + category.get("WERKHOUDING") + "}')");
        opps(schoolA, "GEDRAG", 6);
        opps(schoolA, "WERKHOUDING", 5);
        opps(schoolA, "LEZEN_SPELLEN", 9); // basic support nowhere: not in the mirror
        opps(schoolB, "GEDRAG", 7);
        opps(schoolB, "WERKHOUDING", 8); // B's SOP does not call this basic support: an empty cell

        Dashboard.Mirror m = load().mirror();
        assertThat(m.standardSource()).isEqualTo(RegionDashboard.STANDARD_REGION);
        assertThat(m.categories())
                .extracting(Dashboard.MirrorCategory::name)
                .containsExactly("Gedrag", "Werkhouding en concentratie");
        assertThat(m.categories())
                .extracting(Dashboard.MirrorCategory::inStandard)
                .containsExactly(true, false);
        // Ranked: A 11 of 300 pupils before B 7 of 200.
        assertThat(m.schools()).extracting(Dashboard.MirrorSchool::name).containsExactly("Aa-school", "Bb-school");
        assertThat(m.schools()).extracting(s -> s.total().text()).containsExactly("11", "7");
        assertThat(m.cells().get(0)).extracting(Cell::text).containsExactly("6", "5");
        assertThat(m.applies(1, 1)).isFalse();
        assertThat(m.cells().get(1).get(1).value()).isZero();
        assertThat(m.total().text()).isEqualTo("18");
        // A's SOP leaves out the standard's one category; B has recorded no SOP profile.
        assertThat(m.schools()).extracting(Dashboard.MirrorSchool::sopGaps).containsExactly(1, null);
    }

    @Test
    void trainersReachCountsStakeholdersAndConversationsInThePeriod() {
        UUID trainer = UUID.randomUUID();
        db.ownerExecute("insert into user_account (id, email, display_name) values ('" + trainer + "', 'tr-" + trainer
                + "@example.org', 'Trainer')");
        UUID atA = stakeholder(trainer, schoolA, "ON_BOARD");
        UUID atB = stakeholder(trainer, schoolB, "IN_CONVERSATION");
        stakeholder(trainer, null, "NOT_APPROACHED");
        conversation(atA, SchoolYear.of(today).firstDay().plusDays(10), true);
        conversation(atA, SchoolYear.of(today).firstDay().plusDays(40), false);
        conversation(atB, today.minusYears(2), true); // before the period

        Dashboard.Reach reach = load().reach();
        assertThat(reach.trainers()).isEqualTo(1);
        assertThat(reach.stakeholders()).isEqualTo(3);
        assertThat(reach.byStatus())
                .containsEntry("ON_BOARD", 1)
                .containsEntry("IN_CONVERSATION", 1)
                .containsEntry("NOT_APPROACHED", 1)
                .containsEntry("CRITICAL", 0);
        assertThat(reach.schoolsReached()).isEqualTo(2);
        assertThat(reach.conversations()).isEqualTo(2);
        assertThat(reach.conversationsWithOpps()).isEqualTo(1);
        // Filtered on one school: only the stakeholders at that school and their conversations.
        Dashboard.Reach atSchoolB = TenantContext.callAs(
                        region,
                        () -> dashboard.load(new DashboardFilter(SchoolYear.of(today), schoolB, null, null), today))
                .reach();
        assertThat(atSchoolB.stakeholders()).isEqualTo(1);
        assertThat(atSchoolB.conversations()).isZero();
    }

    UUID stakeholder(UUID trainer, UUID school, String status) {
        UUID id = UUID.randomUUID();
        db.ownerExecute(
                "insert into stakeholder (id, tenant_id, trainer_id, kind, name, school_id, influence, interest, status,"
                        + " created_at) values ('" + id + "', '" + region + "', '" + trainer + "', 'PERSON', 'Iemand', "
                        + (school == null ? "null" : "'" + school + "'") + ", 'HIGH', 'HIGH', '" + status
                        + "', now())");
        return id;
    }

    void conversation(UUID stakeholder, LocalDate on, boolean oppsReviewed) {
        db.ownerExecute(
                "insert into stakeholder_conversation (id, tenant_id, stakeholder_id, held_on, topic, opps_reviewed)"
                        + " values (gen_random_uuid(), '" + region + "', '" + stakeholder + "', date '" + on
                        + "', 'OPP', "
                        + oppsReviewed + ")");
    }

    /**
     * Differencing by period: with free dates, "1 March - 31 July" minus "2 March - 31 July" would be the
     * OPPs that ended on 1 March. The period is a whole school year, so two requests a day apart are the
     * same request; and a filter cannot hold a free date at all.
     */
    @Test
    void periodsAreWholeSchoolYearsSoShiftingADayChangesNothing() {
        SchoolYear year = SchoolYear.of(today);
        LocalDate march = LocalDate.of(year.startYear() + 1, 3, 1);
        opps(schoolA, "LEZEN_SPELLEN", 9, year.firstDay().plusDays(5), null);
        opps(schoolA, "LEZEN_SPELLEN", 2, year.firstDay().plusDays(5), march); // ended on 1 March
        opps(schoolB, "LEZEN_SPELLEN", 7, year.firstDay().minusYears(1), null);

        assertThat(SchoolYear.of(march))
                .isEqualTo(SchoolYear.of(march.plusDays(1)))
                .isEqualTo(year);
        assertThat(SchoolYear.of(year.lastDay())).isEqualTo(year);
        assertThat(SchoolYear.of(year.lastDay().plusDays(1))).isEqualTo(new SchoolYear(year.startYear() + 1));
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(year.startYear(), 8, 1));
        assertThat(DashboardFilter.class.getRecordComponents())
                .as("no free date in a filter")
                .extracting(c -> (Object) c.getType())
                .doesNotContain(LocalDate.class, java.time.YearMonth.class);

        Dashboard fromMarch1 = TenantContext.callAs(
                region, () -> dashboard.load(new DashboardFilter(SchoolYear.of(march), null, null, null), today));
        Dashboard fromMarch2 = TenantContext.callAs(
                region,
                () -> dashboard.load(new DashboardFilter(SchoolYear.of(march.plusDays(1)), null, null, null), today));
        assertThat(fromMarch2).isEqualTo(fromMarch1);
        assertThat(fromMarch1.filter().from()).isEqualTo(year.firstDay());
        assertThat(fromMarch1.filter().to()).isEqualTo(year.lastDay());
        assertThat(fromMarch1.totalOpps().text())
                .as("all running in the school year")
                .isEqualTo("18");
        assertThat(fromMarch1.trend()).hasSize(12);
    }

    /**
     * Differencing by filter: the region (11 OPPs) minus the BAO schools (8) would be the 3 OPPs of the
     * one SBO school. Every count of a filtered dashboard whose rest of the region is 1-4 is suppressed,
     * and so is every group that is suppressed in the region's dashboard.
     */
    @Test
    void aFilteredDashboardCannotBeSubtractedFromTheRegionIntoAGroupUnderFive() {
        UUID sbo = TenantContext.callAs(
                region,
                () -> schools.register("53SB", "00", "Sbo-school", SchoolType.SBO, null, 80)
                        .id());
        SchoolYear year = SchoolYear.of(today);
        LocalDate started = year.firstDay().plusDays(3);
        opps(schoolA, "LEZEN_SPELLEN", 8, started, null);
        opps(sbo, "LEZEN_SPELLEN", 3, started, null);

        Dashboard all = loadWith(new DashboardFilter(year, null, null, null));
        assertThat(all.totalOpps().text()).isEqualTo("11");
        List<DashboardFilter> narrower = List.of(
                new DashboardFilter(year, null, SchoolType.BAO, null),
                new DashboardFilter(year, schoolA, null, null),
                new DashboardFilter(year, sbo, null, null),
                new DashboardFilter(year, null, SchoolType.SBO, null),
                new DashboardFilter(year, null, null, Sector.PO));
        for (DashboardFilter f : narrower) {
            Dashboard narrow = loadWith(f);
            for (DashboardFilter w :
                    f.wider(f.schoolId() == null ? null : f.schoolId().equals(sbo) ? SchoolType.SBO : SchoolType.BAO)) {
                assertNoSmallDifference(narrow, loadWith(w), f + " against " + w);
            }
        }
        Dashboard bao = loadWith(narrower.getFirst());
        assertThat(bao.totalOpps().text())
                .as("11 - 8 would be the SBO school's 3")
                .isEqualTo("< 5");
        assertThat(bao.mirror().total().text()).isEqualTo("< 5");
        assertThat(bao.trend()).extracting(m -> m.opps().text()).doesNotContain("8");
        assertThat(bao.quality().checks())
                .allSatisfy(c -> assertThat(c.due().text()).isIn("0", "< 5"));
        assertThat(bao.quality().checks()).allSatisfy(c -> assertThat(c.share()).isNull());
        // The whole sector is the whole region here: nothing to subtract, nothing more hidden.
        Dashboard po = loadWith(narrower.getLast());
        assertThat(po.totalOpps()).isEqualTo(all.totalOpps());
        assertThat(po.mirror()).isEqualTo(all.mirror());
        assertThat(po.trend()).isEqualTo(all.trend());
    }

    /**
     * Differencing by sums of filters: region (33) minus BAO (20) minus SO (10) would be SBO's 3, though
     * each filter on its own leaves a rest of 5 or more. Each count is protected as a line across the
     * region's school types, the same line in every type's dashboard.
     */
    @Test
    void theTypesOfTheRegionCannotBeSummedIntoTheOneThatIsHidden() {
        UUID sbo = TenantContext.callAs(
                region,
                () -> schools.register("53SB", "00", "Sbo-school", SchoolType.SBO, null, 80)
                        .id());
        UUID so = TenantContext.callAs(
                region,
                () -> schools.register("53SO", "00", "So-school", SchoolType.SO, null, 90)
                        .id());
        SchoolYear year = SchoolYear.of(today);
        LocalDate started = year.firstDay().plusDays(3);
        opps(schoolA, "LEZEN_SPELLEN", 20, started, null);
        opps(sbo, "LEZEN_SPELLEN", 3, started, null);
        opps(so, "LEZEN_SPELLEN", 10, started, null);

        Map<String, Cell> whole = Differencing.sums(loadWith(new DashboardFilter(year, null, null, null)));
        List<Map<String, Cell>> types = List.of(SchoolType.BAO, SchoolType.SBO, SchoolType.SO).stream()
                .map(t -> Differencing.sums(loadWith(new DashboardFilter(year, null, t, null))))
                .toList();
        for (Map.Entry<String, Cell> total : whole.entrySet()) {
            if (total.getValue().suppressed()) {
                continue;
            }
            int shown = 0;
            int hidden = 0;
            for (Map<String, Cell> part : types) {
                Cell c = part.getOrDefault(total.getKey(), Cell.of(0));
                if (c.suppressed()) {
                    hidden++;
                } else {
                    shown += c.value();
                }
            }
            int workedOut = total.getValue().value() - shown;
            assertThat(hidden)
                    .as("%s: exactly one type hidden would be the region minus the others", total.getKey())
                    .isNotEqualTo(1);
            assertThat(workedOut > 0 && workedOut < SmallCells.MIN_GROUP)
                    .as(
                            "%s: region %s minus the types shown is %s",
                            total.getKey(), total.getValue().value(), workedOut)
                    .isFalse();
        }
        assertThat(types.get(2)
                        .get("month " + java.time.YearMonth.from(started))
                        .suppressed())
                .as("SO's 10 goes with SBO's 3")
                .isTrue();
        assertThat(types.get(0)
                        .get("month " + java.time.YearMonth.from(started))
                        .text())
                .isEqualTo("20");
    }

    Dashboard loadWith(DashboardFilter filter) {
        return TenantContext.callAs(region, () -> dashboard.load(filter, today));
    }

    /** Every count shown in both that is over the same kind of group: the wider minus the narrower is never 1-4. */
    static void assertNoSmallDifference(Dashboard narrow, Dashboard wide, String what) {
        Map<String, Cell> n = counts(narrow);
        Map<String, Cell> w = counts(wide);
        for (Map.Entry<String, Cell> e : n.entrySet()) {
            Cell other = w.get(e.getKey());
            if (other != null && !e.getValue().suppressed() && !other.suppressed()) {
                int difference = other.value() - e.getValue().value();
                assertThat(difference > 0 && difference < SmallCells.MIN_GROUP)
                        .as(
                                "%s: %s shows %s, the wider %s",
                                what, e.getKey(), e.getValue().value(), other.value())
                        .isFalse();
            }
        }
    }

    static Map<String, Cell> counts(Dashboard d) {
        Map<String, Cell> c = new java.util.HashMap<>();
        c.put("total", d.totalOpps());
        d.schools().forEach(s -> c.put("school " + s.schoolId(), s.opps()));
        d.types().forEach(t -> c.put("type " + t.type(), t.opps()));
        d.trend().forEach(m -> c.put("month " + m.month(), m.opps()));
        d.quality().items().forEach(i -> c.put("item " + i.position(), i.opps()));
        d.quality().checks().forEach(x -> {
            c.put("due " + x.check(), x.due());
            c.put("passing " + x.check(), x.passing());
        });
        d.mirror().categories().forEach(k -> c.put("category " + k.categoryId(), k.total()));
        c.put("mirror", d.mirror().total());
        return c;
    }

    @Test
    void anotherRegionSeesNoneOfIt() {
        opps(schoolB, "LEZEN_SPELLEN", 6);
        UUID other = regions.register("PO" + next++, "Andere regio", Sector.PO).getId();
        TenantContext.runAs(other, categories::installDefaults);
        Dashboard d =
                TenantContext.callAs(other, () -> dashboard.load(DashboardFilter.currentSchoolYear(today), today));
        assertThat(d.schools()).isEmpty();
        assertThat(d.mirror().total().value()).isZero();
        assertThat(List.of(d.totalOpps().value())).containsExactly(0);
    }
}
