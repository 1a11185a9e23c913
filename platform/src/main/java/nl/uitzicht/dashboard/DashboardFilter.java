package nl.uitzicht.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import org.jspecify.annotations.Nullable;

/** Period (OPPs running at some time in it), and optionally one school, one school type or one sector. */
public record DashboardFilter(LocalDate from, LocalDate to, @Nullable UUID schoolId, @Nullable SchoolType type,
                              @Nullable Sector sector) implements Serializable {

    public DashboardFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("dashboard.error.period");
        }
    }

    /** Whether only some of the region's schools are asked for. */
    public boolean narrowsSchools() {
        return schoolId != null || type != null || sector != null;
    }

    public static DashboardFilter lastYear(LocalDate today) {
        return new DashboardFilter(today.minusYears(1), today, null, null, null);
    }
}
