package nl.uitzicht.schoolyear;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Unique;

/** A fresh region with a primary and a secondary school and a staff member for both (run as the system). */
public final class YearFixture {

    public final UUID region;
    public final UUID primary;
    public final UUID secondary;
    public final StaffScope staff;

    public YearFixture(RegionDirectory regions, SchoolDirectory schools) {
        region = regions.register(Unique.regionCode("PO"), "Regio schooljaar", Sector.PO)
                .getId();
        primary = TenantContext.callAs(
                region,
                () -> schools.register("21AA", "00", "De Linde", SchoolType.BAO, null, 240)
                        .id());
        secondary = TenantContext.callAs(
                region,
                () -> schools.register("21BB", "00", "Het Baken", SchoolType.VO, null, 900)
                        .id());
        staff = new StaffScope(new Actor(UUID.randomUUID(), "Ilse IB"), Set.of(primary, secondary));
    }

    public PupilSummary pupil(PupilRegister pupils, UUID school, String name, String group, LocalDate enrolled) {
        return TenantContext.callAs(
                region,
                () -> pupils.register(
                        staff, school, new PupilInput(name, enrolled.getYear() - 6, group, enrolled, null)));
    }
}
