package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;

/** The drill-down of one basic-support category: counts per school, suppressed cells kept hidden, never a pupil. */
class RegionDashboardRulesTest {

    private final UUID reading = UUID.randomUUID();
    private final UUID maths = UUID.randomUUID();

    private static Dashboard.MirrorSchool school(String name) {
        return new Dashboard.MirrorSchool(UUID.randomUUID(), name, SchoolType.BAO, 200, Cell.of(10), null);
    }

    @Test
    void schoolsWithoutOppsInTheCategoryAreLeftOutAndSmallOnesStayHidden() {
        Dashboard.Mirror mirror = new Dashboard.Mirror(List.of(school("A"), school("B"), school("C")),
                List.of(new Dashboard.MirrorCategory(reading, "Lezen", true, Cell.of(20)),
                        new Dashboard.MirrorCategory(maths, "Rekenen", true, Cell.of(9))),
                List.of(List.of(Cell.of(12), Cell.of(0)), List.of(Cell.of(0), Cell.of(9)), List.of(Cell.of(3), Cell.of(0))),
                List.of(List.of(true, true), List.of(true, true), List.of(true, true)), Cell.of(29),
                RegionDashboard.STANDARD_REGION);
        Dashboard dashboard = new Dashboard(new DashboardFilter(new SchoolYear(2025), null, null, null), List.of(),
                List.of(), Cell.of(29), 600, List.of(), new Dashboard.Quality(List.of(), null, List.of(), 0.5), mirror,
                new Dashboard.Reach(0, 0, Map.of(), 0, 0, 0, List.of()));
        RegionDashboard regionDashboard = new RegionDashboard(mock(DashboardQueries.class));

        List<RegionDashboard.DrillDown> readingSchools = regionDashboard.drillDown(dashboard, reading);
        assertThat(readingSchools).extracting(RegionDashboard.DrillDown::school).containsExactly("A", "C");
        assertThat(readingSchools).extracting(d -> d.opps().text()).containsExactly("12", "< 5");
        assertThat(regionDashboard.drillDown(dashboard, maths)).extracting(RegionDashboard.DrillDown::school)
                .containsExactly("B");
        assertThat(regionDashboard.drillDown(dashboard, UUID.randomUUID())).isEmpty();
    }
}
