package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.analysis.AnalysisChanged;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Aggregates from SQL on real PostgreSQL under RLS; data written as the owner to shape exact counts. */
@PlatformTest
class RegionDashboardTest {

    @Autowired RegionDirectory regions;
    @Autowired SchoolDirectory schools;
    @Autowired SupportCategories categories;
    @Autowired RegionDashboard dashboard;
    @Autowired ApplicationEventPublisher events;
    @Autowired TestDatabases.FreshDatabase db;

    static int next = 5300;
    UUID region;
    UUID schoolA;
    UUID schoolB;
    Map<String, UUID> category;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void region() {
        region = regions.register("PO" + next++, "Dashboardregio", Sector.PO).getId();
        schoolA = TenantContext.callAs(region, () -> schools.register("53AA", "00", "Aa-school", SchoolType.BAO, null, 300).id());
        schoolB = TenantContext.callAs(region, () -> schools.register("53BB", "00", "Bb-school", SchoolType.BAO, null, 200).id());
        TenantContext.runAs(region, categories::installDefaults);
        category = TenantContext.callAs(region, categories::all).stream()
                .collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
    }

    /** n OPPs (one pupil each) at a school with extra support in a category; returns the version ids. */
    void opps(UUID school, String categoryCode, int n) {
        for (int i = 0; i < n; i++) {
            UUID pupil = UUID.randomUUID();
            UUID opp = UUID.randomUUID();
            UUID version = UUID.randomUUID();
            db.ownerExecute("insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on) values ('"
                    + pupil + "', '" + region + "', '" + school + "', 'Kind', 2016, '5', date '" + today.minusMonths(6) + "')");
            db.ownerExecute("insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, deadline_on,"
                    + " first_active_on, next_evaluation_on, created_by, created_at, updated_at) values ('" + opp + "', '"
                    + region + "', '" + pupil + "', '" + school + "', 'ACTIVE', date '" + today.minusMonths(3) + "', date '"
                    + today.minusMonths(3).plusWeeks(6) + "', date '" + today.minusMonths(2) + "', date '"
                    + today.plusMonths(10) + "', 'test', now(), clock_timestamp())");
            db.ownerExecute("insert into opp_version (id, tenant_id, opp_id, version_no, created_at, pupil_view) values ('"
                    + version + "', '" + region + "', '" + opp + "', 1, now(), 'Mijn mening')");
            db.ownerExecute("insert into opp_intervention (tenant_id, version_id, position, intervention_key, description,"
                    + " performer, frequency, support_category_id, support_level) values ('" + region + "', '" + version
                    + "', 0, gen_random_uuid(), 'Hulp', 'TEACHER', 'dagelijks', '" + category.get(categoryCode) + "', 'EXTRA')");
        }
    }

    Dashboard load() {
        return TenantContext.callAs(region, () -> dashboard.load(DashboardFilter.lastYear(today), today));
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
        assertThat(d.mirror().categories()).extracting(Dashboard.MirrorCategory::name)
                .doesNotContain("Gedrag").contains("Lezen, spelling en dyslexie", "Werkhouding en concentratie");
        // A/W = 3 is small; A/L (7) with A's total (10) would give it away, and so would B/W (6) with W's total (9).
        assertThat(cell(d, "Aa-school", "Werkhouding")).isEqualTo("< 5");
        assertThat(cell(d, "Aa-school", "Lezen")).isEqualTo("< 5");
        assertThat(cell(d, "Bb-school", "Werkhouding")).isEqualTo("< 5");
        assertThat(d.mirror().total().text()).isEqualTo("24");
        // Ranked: B has more basic-support OPPs per pupil (14/200) than A (10/300).
        assertThat(d.mirror().schools()).extracting(Dashboard.MirrorSchool::name).containsExactly("Bb-school", "Aa-school");
        // OPPs per 100 pupils: A 10/300, B 23/200.
        assertThat(d.schools()).extracting(s -> s.opps().text()).containsExactly("10", "23");
        assertThat(d.schools().get(1).per100()).isEqualTo(11.5);
        // The drill-down gives OPP counts per school, suppressed the same way.
        assertThat(TenantContext.callAs(region, () -> dashboard.drillDown(d, category.get("WERKHOUDING"))))
                .extracting(RegionDashboard.DrillDown::opps).extracting(Cell::text).containsOnly("< 5");
        // Quality: all these OPPs were consented in time with the pupil's view, but lack the three parts.
        Dashboard.Compliance view = d.quality().checks().stream().filter(c -> c.check().equals("PUPIL_VIEW")).findFirst().orElseThrow();
        assertThat(view.share()).isEqualTo(100.0);
        Dashboard.Compliance parts = d.quality().checks().stream().filter(c -> c.check().equals("LEGAL_PARTS")).findFirst().orElseThrow();
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
        assertThat(d.types()).singleElement().satisfies(t -> assertThat(t.opps().text()).isEqualTo("11"));
    }

    @Test
    void theCacheServesRepeatedLoadsAndIsEvictedOnChange() {
        opps(schoolB, "LEZEN_SPELLEN", 6);
        Dashboard first = load();
        assertThat(cell(first, "Bb-school", "Lezen")).isEqualTo("6");
        // A change that the data stamp does not see (no OPP row touched): the cached aggregate is served.
        db.ownerExecute("update opp_version set pupil_view = '' where tenant_id = '" + region + "'");
        Dashboard cached = load();
        assertThat(cached.quality().checks().stream().filter(c -> c.check().equals("PUPIL_VIEW")).findFirst()
                .orElseThrow().share()).isEqualTo(100.0);
        // An analysis change evicts: the next load comes from PostgreSQL again.
        TenantContext.runAs(region, () -> events.publishEvent(new AnalysisChanged(region)));
        assertThat(load().quality().checks().stream().filter(c -> c.check().equals("PUPIL_VIEW")).findFirst()
                .orElseThrow().share()).isEqualTo(0.0);
        // A new OPP changes the stamp: seen at once.
        opps(schoolB, "LEZEN_SPELLEN", 1);
        assertThat(cell(load(), "Bb-school", "Lezen")).isEqualTo("7");
    }

    @Test
    void anotherRegionSeesNoneOfIt() {
        opps(schoolB, "LEZEN_SPELLEN", 6);
        UUID other = regions.register("PO" + next++, "Andere regio", Sector.PO).getId();
        TenantContext.runAs(other, categories::installDefaults);
        Dashboard d = TenantContext.callAs(other, () -> dashboard.load(DashboardFilter.lastYear(today), today));
        assertThat(d.schools()).isEmpty();
        assertThat(d.mirror().total().value()).isZero();
        assertThat(List.of(d.totalOpps().value())).containsExactly(0);
    }
}
