package nl.uitzicht.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import org.jspecify.annotations.Nullable;

/**
 * One whole school year (OPPs running at some time in it), and optionally one school, one school type
 * or one sector. The period is a fixed bucket, never free dates: two dashboards whose periods differ by
 * a day could otherwise be subtracted into a group under 5 (ADR 0051).
 */
public record DashboardFilter(
        SchoolYear schoolYear,
        @Nullable UUID schoolId,
        @Nullable SchoolType type,
        @Nullable Sector sector) implements Serializable {

    /** The first day of the period: 1 August. */
    public LocalDate from() {
        return schoolYear.firstDay();
    }

    /** The last day of the period: 31 July. */
    public LocalDate to() {
        return schoolYear.lastDay();
    }

    /** Whether only some of the region's schools are asked for. */
    public boolean narrowsSchools() {
        return schoolId != null || type != null || sector != null;
    }

    /** The whole region in the same school year. */
    public DashboardFilter wholeRegion() {
        return new DashboardFilter(schoolYear, null, null, null);
    }

    /**
     * The wider filters of the same school year that this one could be subtracted from: the whole
     * region, the school type (of the filter, or of its school: {@code typeOfSchool}) and its sector.
     */
    public List<DashboardFilter> wider(@Nullable SchoolType typeOfSchool) {
        Set<DashboardFilter> wider = new LinkedHashSet<>();
        wider.add(wholeRegion());
        SchoolType t = type != null ? type : typeOfSchool;
        if (t != null) {
            wider.add(new DashboardFilter(schoolYear, null, t, null));
        }
        Sector s = sector != null ? sector : t != null ? t.sector() : null;
        if (s != null) {
            wider.add(new DashboardFilter(schoolYear, null, null, s));
        }
        wider.remove(this);
        return List.copyOf(wider);
    }

    /**
     * For a filter on one school type or one sector only: the filters of every type (of those the region
     * has, {@code regionTypes}) or every sector, which together make up the region; else empty.
     */
    public List<DashboardFilter> partition(List<SchoolType> regionTypes) {
        if (schoolId == null && type != null && sector == null) {
            return regionTypes.stream()
                    .distinct()
                    .sorted()
                    .map(t -> new DashboardFilter(schoolYear, null, t, null))
                    .toList();
        }
        if (schoolId == null && type == null && sector != null) {
            return regionTypes.stream()
                    .map(SchoolType::sector)
                    .distinct()
                    .sorted()
                    .map(s -> new DashboardFilter(schoolYear, null, null, s))
                    .toList();
        }
        return List.of();
    }

    /** The school year {@code today} falls in, the whole region. */
    public static DashboardFilter currentSchoolYear(LocalDate today) {
        return new DashboardFilter(SchoolYear.of(today), null, null, null);
    }
}
