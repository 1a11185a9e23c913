package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * A filtered dashboard cannot be subtracted from a wider one into a group under 5 (ADR 0051): the same
 * group suppressed there is suppressed here, and a count whose rest of the region is 1-4 is suppressed.
 */
class DifferencingTest {

    private static final SchoolYear YEAR = new SchoolYear(2025);
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    private static Dashboard dashboard(
            DashboardFilter filter,
            List<Dashboard.SchoolRate> schools,
            List<Dashboard.TypeRate> types,
            Cell total,
            List<Dashboard.MonthCount> trend,
            List<Dashboard.ItemScore> items) {
        return new Dashboard(
                filter,
                schools,
                types,
                total,
                1000,
                trend,
                new Dashboard.Quality(items, 1.5, List.of(), 0.5),
                new Dashboard.Mirror(
                        List.of(), List.of(), List.of(), List.of(), Cell.of(0), RegionDashboard.STANDARD_REGION),
                new Dashboard.Reach(0, 0, Map.of(), 0, 0, 0, List.of()));
    }

    private static Dashboard.SchoolRate school(UUID id, SchoolType type, Cell opps) {
        return new Dashboard.SchoolRate(id, "School " + id, type, 200, opps);
    }

    @Test
    void aSchoolHiddenInTheRegionIsHiddenInItsOwnDashboardAndSoIsItsTotal() {
        DashboardFilter regionFilter = new DashboardFilter(YEAR, null, null, null);
        Dashboard region = dashboard(
                regionFilter,
                List.of(school(a, SchoolType.BAO, Cell.of(10).suppress()), school(b, SchoolType.BAO, Cell.of(30))),
                List.of(new Dashboard.TypeRate(SchoolType.BAO, 2, 400, Cell.of(40))),
                Cell.of(40),
                List.of(),
                List.of());
        Dashboard own = dashboard(
                new DashboardFilter(YEAR, a, null, null),
                List.of(school(a, SchoolType.BAO, Cell.of(10))),
                List.of(new Dashboard.TypeRate(SchoolType.BAO, 1, 200, Cell.of(10))),
                Cell.of(10),
                List.of(),
                List.of());
        Dashboard safe = Differencing.protect(own, List.of(region));
        assertThat(safe.schools().getFirst().opps().suppressed()).isTrue();
        assertThat(safe.totalOpps().suppressed()).isTrue();
        assertThat(safe.totalOpps().text()).isEqualTo("< 5");
    }

    @Test
    void aTotalIsHiddenWhenTheRestOfTheRegionIsOneToFour() {
        DashboardFilter bao = new DashboardFilter(YEAR, null, SchoolType.BAO, null);
        Dashboard narrow = dashboard(
                bao,
                List.of(school(a, SchoolType.BAO, Cell.of(10)), school(b, SchoolType.BAO, Cell.of(12))),
                List.of(new Dashboard.TypeRate(SchoolType.BAO, 2, 400, Cell.of(22))),
                Cell.of(22),
                List.of(),
                List.of());
        Dashboard restOfThree = dashboard(
                new DashboardFilter(YEAR, null, null, null), List.of(), List.of(), Cell.of(25), List.of(), List.of());
        Dashboard restOfFive = dashboard(
                new DashboardFilter(YEAR, null, null, null), List.of(), List.of(), Cell.of(27), List.of(), List.of());
        assertThat(Differencing.protect(narrow, List.of(restOfThree))
                        .totalOpps()
                        .suppressed())
                .isTrue();
        assertThat(Differencing.protect(narrow, List.of(restOfFive)).totalOpps().suppressed())
                .isFalse();
        assertThat(Differencing.protect(narrow, List.of(restOfFive)).totalOpps().value())
                .isEqualTo(22);
    }

    @Test
    void aMonthOrAChecklistItemWhoseRestIsSmallIsHiddenWithItsMean() {
        YearMonth march = YearMonth.of(2026, 3);
        DashboardFilter bao = new DashboardFilter(YEAR, null, SchoolType.BAO, null);
        Dashboard narrow = dashboard(
                bao,
                List.of(),
                List.of(),
                Cell.of(50),
                List.of(new Dashboard.MonthCount(march, Cell.of(8))),
                List.of(new Dashboard.ItemScore(1, "WETTELIJKE_DELEN", Cell.of(9), 1.2)));
        Dashboard region = dashboard(
                new DashboardFilter(YEAR, null, null, null),
                List.of(),
                List.of(),
                Cell.of(80),
                List.of(new Dashboard.MonthCount(march, Cell.of(10))),
                List.of(new Dashboard.ItemScore(1, "WETTELIJKE_DELEN", Cell.of(30), 1.0)));
        Dashboard safe = Differencing.protect(narrow, List.of(region));
        assertThat(safe.trend().getFirst().opps().suppressed())
                .as("10 - 8 = 2 other OPPs")
                .isTrue();
        assertThat(safe.quality().items().getFirst().opps().suppressed()).isFalse();
        assertThat(safe.quality().items().getFirst().mean()).isEqualTo(1.2);

        Dashboard regionClose = dashboard(
                new DashboardFilter(YEAR, null, null, null),
                List.of(),
                List.of(),
                Cell.of(80),
                List.of(),
                List.of(new Dashboard.ItemScore(1, "WETTELIJKE_DELEN", Cell.of(12), 1.0)));
        Dashboard hidden = Differencing.protect(narrow, List.of(regionClose));
        assertThat(hidden.quality().items().getFirst().opps().suppressed()).isTrue();
        assertThat(hidden.quality().items().getFirst().mean()).isNull();
        assertThat(hidden.quality().overallMean()).isNull();
    }

    @Test
    void nothingIsHiddenWhenTheRestIsLargeEnough() {
        DashboardFilter bao = new DashboardFilter(YEAR, null, SchoolType.BAO, null);
        Dashboard narrow = dashboard(
                bao,
                List.of(school(a, SchoolType.BAO, Cell.of(10)), school(c, SchoolType.BAO, Cell.of(20))),
                List.of(new Dashboard.TypeRate(SchoolType.BAO, 2, 400, Cell.of(30))),
                Cell.of(30),
                List.of(),
                List.of());
        Dashboard region = dashboard(
                new DashboardFilter(YEAR, null, null, null),
                List.of(
                        school(a, SchoolType.BAO, Cell.of(10)),
                        school(c, SchoolType.BAO, Cell.of(20)),
                        school(b, SchoolType.SBO, Cell.of(15))),
                List.of(
                        new Dashboard.TypeRate(SchoolType.BAO, 2, 400, Cell.of(30)),
                        new Dashboard.TypeRate(SchoolType.SBO, 1, 200, Cell.of(15))),
                Cell.of(45),
                List.of(),
                List.of());
        Dashboard safe = Differencing.protect(narrow, List.of(region));
        assertThat(safe.schools()).extracting(s -> s.opps().text()).containsExactly("10", "20");
        assertThat(safe.totalOpps().text()).isEqualTo("30");
        assertThat(safe.types().getFirst().opps().text()).isEqualTo("30");
    }

    @Test
    void theCountsThatSumsOfDashboardsCouldRevealAreNamed() {
        YearMonth march = YearMonth.of(2026, 3);
        Dashboard d = dashboard(
                new DashboardFilter(YEAR, null, null, null),
                List.of(),
                List.of(),
                Cell.of(50),
                List.of(new Dashboard.MonthCount(march, Cell.of(8))),
                List.of(new Dashboard.ItemScore(3, "X", Cell.of(9), 1.0)));
        assertThat(Differencing.sums(d)).containsOnlyKeys("total", "month " + march, "item 3", "mirror");
    }
}
