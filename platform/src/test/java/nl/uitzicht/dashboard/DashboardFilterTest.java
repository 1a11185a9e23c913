package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import org.junit.jupiter.api.Test;

/** A filtered dashboard is protected against the wider ones it could be subtracted from (ADR 0051). */
class DashboardFilterTest {

    private final SchoolYear year = new SchoolYear(2025);
    private final DashboardFilter region = new DashboardFilter(year, null, null, null);

    @Test
    void theWholeRegionNarrowsNothingAndHasNothingWider() {
        assertThat(region.narrowsSchools()).isFalse();
        assertThat(region.wider(null)).isEmpty();
        assertThat(region.from()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(region.to()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void oneSchoolIsComparedWithItsTypeItsSectorAndTheRegion() {
        DashboardFilter school = new DashboardFilter(year, UUID.randomUUID(), null, null);
        assertThat(school.narrowsSchools()).isTrue();
        assertThat(school.wider(SchoolType.SBO))
                .containsExactly(
                        region,
                        new DashboardFilter(year, null, SchoolType.SBO, null),
                        new DashboardFilter(year, null, null, Sector.PO));
        assertThat(school.wider(null)).containsExactly(region);
    }

    @Test
    void aTypeIsComparedWithItsSectorAndTheRegionAndASectorWithTheRegion() {
        DashboardFilter vso = new DashboardFilter(year, null, SchoolType.VSO, null);
        assertThat(vso.wider(null)).containsExactly(region, new DashboardFilter(year, null, null, Sector.VO));
        DashboardFilter po = new DashboardFilter(year, null, null, Sector.PO);
        assertThat(po.wider(null)).containsExactly(region);
    }

    @Test
    void aTypeOrSectorIsOnePartOfThePartitionOfTheRegion() {
        List<SchoolType> regionTypes = List.of(SchoolType.SBO, SchoolType.BAO, SchoolType.BAO, SchoolType.VSO);
        assertThat(new DashboardFilter(year, null, SchoolType.BAO, null).partition(regionTypes))
                .containsExactly(
                        new DashboardFilter(year, null, SchoolType.BAO, null),
                        new DashboardFilter(year, null, SchoolType.SBO, null),
                        new DashboardFilter(year, null, SchoolType.VSO, null));
        assertThat(new DashboardFilter(year, null, null, Sector.VO).partition(regionTypes))
                .containsExactly(
                        new DashboardFilter(year, null, null, Sector.PO),
                        new DashboardFilter(year, null, null, Sector.VO));
        assertThat(new DashboardFilter(year, UUID.randomUUID(), null, null).partition(regionTypes))
                .isEmpty();
        assertThat(region.partition(regionTypes)).isEmpty();
    }

    @Test
    void theCurrentSchoolYearOfADay() {
        assertThat(DashboardFilter.currentSchoolYear(LocalDate.of(2026, 8, 1)))
                .isEqualTo(new DashboardFilter(new SchoolYear(2026), null, null, null));
    }
}
