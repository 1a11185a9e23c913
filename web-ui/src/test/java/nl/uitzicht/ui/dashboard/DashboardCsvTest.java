package nl.uitzicht.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;

/** The dashboard's CSV files: a school or category name a spreadsheet would run as a formula comes out as text. */
class DashboardCsvTest {

    static final String SCHOOL = "=HYPERLINK(\"http://x\";\"klik\")";
    static final String CATEGORY = "@SUM(1+1)";

    final DashboardTables tables = new DashboardTables((key, params) -> key);

    Dashboard dashboard() {
        UUID school = UUID.randomUUID();
        UUID category = UUID.randomUUID();
        Dashboard.Mirror mirror = new Dashboard.Mirror(
                List.of(new Dashboard.MirrorSchool(school, SCHOOL, SchoolType.BAO, 200, Cell.of(12), null)),
                List.of(new Dashboard.MirrorCategory(category, CATEGORY, true, Cell.of(12))),
                List.of(List.of(Cell.of(12))),
                List.of(List.of(true)),
                Cell.of(12),
                RegionDashboard.STANDARD_NATIONAL_MINIMUM);
        return new Dashboard(
                DashboardFilter.currentSchoolYear(LocalDate.of(2026, 12, 5)),
                List.of(new Dashboard.SchoolRate(school, SCHOOL, SchoolType.BAO, 200, Cell.of(12))),
                List.of(new Dashboard.TypeRate(SchoolType.BAO, 1, 200, Cell.of(12))),
                Cell.of(12),
                200,
                List.of(new Dashboard.MonthCount(YearMonth.of(2026, 9), Cell.of(3))),
                new Dashboard.Quality(List.of(), null, List.of(), 0.5),
                mirror,
                new Dashboard.Reach(0, 0, Map.of(), 0, 0, 0, List.of()));
    }

    @Test
    void formulasInNamesAreNeutralisedInEveryDashboardCsv() {
        Dashboard d = dashboard();
        DashboardTables.Report report = tables.report(d);
        String mirror = Csv.of(report.mirror().header(), report.mirror().rows());
        assertThat(mirror)
                .contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"", "\"'@SUM(1+1)\"")
                .doesNotContain(";\"=HYPERLINK", "\n\"=HYPERLINK", ";\"@SUM");
        String rates = Csv.of(report.rates().header(), report.rates().rows());
        assertThat(rates).contains("\"'=HYPERLINK(").doesNotContain("\n\"=HYPERLINK");
        ReportTable drill = tables.drillDown(
                d.mirror().categories().getFirst(), List.of(new RegionDashboard.DrillDown(SCHOOL, Cell.of(7))));
        assertThat(Csv.of(drill.header(), drill.rows()))
                .contains("\"'=HYPERLINK(")
                .doesNotContain("\n\"=HYPERLINK");
        assertThat(Csv.of(report.trend().header(), report.trend().rows()))
                .as("suppressed cells and months as before")
                .contains("\"2026-09\";\"< 5\"");
        assertThat(rates).contains("\"200\";\"12\"");
    }
}
