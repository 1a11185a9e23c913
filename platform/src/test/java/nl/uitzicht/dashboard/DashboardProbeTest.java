package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** The dashboard's parts one at a time, as the benchmark (demo module) uses them: the same dashboard each way. */
@PlatformTest
@WithRole(system = true)
class DashboardProbeTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    RegionDashboard dashboard;

    @Autowired
    DashboardProbe probe;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();
    final DashboardFilter filter = DashboardFilter.currentSchoolYear(today);

    @Test
    void everyWayToTheDashboardGivesTheSameDashboard() {
        UUID region = regions.register("PO5590", "Proberegio", Sector.PO).getId();
        TenantContext.runAs(region, () -> {
            schools.register("53PA", "00", "Pa-school", SchoolType.BAO, null, 300);
            schools.register("53PB", "00", "Pb-school", SchoolType.SBO, null, 120);
            categories.installDefaults();
        });
        Dashboard shown = TenantContext.callAs(region, () -> dashboard.load(filter, today));
        long version = TenantContext.callAs(region, probe::dataVersion);
        assertThat(version).as("raised by the schools just added").isPositive();

        assertThat(TenantContext.callAs(region, () -> probe.cached(filter, today, version)))
                .isEqualTo(shown);

        List<String> statements = new ArrayList<>();
        NamedParameterJdbcTemplate recording = new NamedParameterJdbcTemplate(jdbc) {
            @Override
            protected PreparedStatementCreator getPreparedStatementCreator(String sql, SqlParameterSource params) {
                statements.add(sql);
                return super.getPreparedStatementCreator(sql, params);
            }
        };
        probe.forgetAll();
        assertThat(TenantContext.callAs(region, () -> probe.computeWith(recording, filter, today)))
                .isEqualTo(shown);
        assertThat(statements)
                .as("every statement went through the given template")
                .hasSizeGreaterThan(5);
        assertThat(TenantContext.callAs(region, () -> dashboard.load(filter, today)))
                .isEqualTo(shown);
    }
}
