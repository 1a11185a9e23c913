package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The freshness window (ADR 0106): within it a dashboard shown before is shown again although schools saved since;
 * after it, or without a window, the region's current data. Real PostgreSQL, real queries; only the clock is ours.
 */
@PlatformTest
@WithRole(system = true)
class DashboardFreshnessTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    DashboardQueries queries;

    @Autowired
    TestDatabases.FreshDatabase db;

    final LocalDate today = LocalDate.now();
    final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T08:00:00Z"));
    UUID region;
    UUID school;
    DashboardData data;

    @BeforeEach
    void region() {
        region = regions.register(Unique.regionCode("PO"), "Versheidsregio", Sector.PO)
                .getId();
        school = TenantContext.callAs(
                region,
                () -> schools.register("54AA", "00", "Aa-school", SchoolType.BAO, null, 300)
                        .id());
        TenantContext.runAs(region, categories::installDefaults);
        Map<String, UUID> category = TenantContext.callAs(region, categories::all).stream()
                .collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
        data = new DashboardData(db, region, category, today);
        data.opps(school, "LEZEN_SPELLEN", 6, today.minusMonths(3), null);
    }

    @Test
    void withinTheWindowTheShownDashboardIsShownAgainAfterItTheCurrentData() {
        ProtectedDashboards dashboards = new ProtectedDashboards(queries, clock, Duration.ofMinutes(1));
        assertThat(opps(dashboards)).isEqualTo("6");

        data.opps(school, "LEZEN_SPELLEN", 2, today.minusMonths(3), null);
        clock.advance(Duration.ofSeconds(59));
        assertThat(opps(dashboards))
                .as("59 s later: the dashboard shown before")
                .isEqualTo("6");
        long current = TenantContext.callAs(region, dashboards::dataVersion);
        assertThat(TenantContext.callAs(
                                region, () -> dashboards.load(DashboardFilter.currentSchoolYear(today), today, current))
                        .totalOpps()
                        .text())
                .as("asked at the current version: never an older one")
                .isEqualTo("8");

        data.opps(school, "LEZEN_SPELLEN", 1, today.minusMonths(3), null);
        clock.advance(Duration.ofSeconds(61));
        assertThat(opps(dashboards)).as("after the window: the current data").isEqualTo("9");
    }

    @Test
    void withoutAWindowEveryChangeIsSeenOnTheNextLoad() {
        ProtectedDashboards dashboards = new ProtectedDashboards(queries, clock, Duration.ZERO);
        assertThat(opps(dashboards)).isEqualTo("6");
        data.opps(school, "LEZEN_SPELLEN", 1, today.minusMonths(3), null);
        assertThat(opps(dashboards)).isEqualTo("7");
    }

    @Test
    void theWindowIsPerRegion() {
        ProtectedDashboards dashboards = new ProtectedDashboards(queries, clock, Duration.ofMinutes(1));
        assertThat(opps(dashboards)).isEqualTo("6");
        UUID other = regions.register(Unique.regionCode("PO"), "Andere regio", Sector.PO)
                .getId();
        Dashboard otherRegion =
                TenantContext.callAs(other, () -> dashboards.load(DashboardFilter.currentSchoolYear(today), today));
        assertThat(otherRegion.totalOpps().text())
                .as("another region's own (empty) figures")
                .isNotEqualTo("6");
        assertThat(otherRegion.schools()).isEmpty();
    }

    private String opps(ProtectedDashboards dashboards) {
        return TenantContext.callAs(region, () -> dashboards.load(DashboardFilter.currentSchoolYear(today), today))
                .totalOpps()
                .text();
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
