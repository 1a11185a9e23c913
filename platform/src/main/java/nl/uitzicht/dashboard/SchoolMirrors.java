package nl.uitzicht.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.TrainerOrStaff;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.identity.RegionMembers;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SchoolLeaders;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The basic-support mirror for those who act on it (issue 18 point 4, ADR 0098): a trainer sees it for the
 * schools in their achterban, a school leader for the schools they lead, each school against the region. Which
 * schools is decided here on every call, from the database (the person's current memberships, their achterban,
 * the leader marks), never from what a screen passes: a trainer reaches no school outside their achterban, a
 * school leader no other school, plain school staff none, and nobody another region's (everything is read in
 * the bound region). The figures are the policy dashboard's, suppressed the same way ({@link SchoolMirror}).
 */
@Service
@TrainerOrStaff
public class SchoolMirrors {

    private final ProtectedDashboards dashboards;
    private final RegionMembers members;
    private final AchterbanMap achterban;
    private final SchoolLeaders leaders;
    private final SchoolDirectory schools;

    SchoolMirrors(
            ProtectedDashboards dashboards,
            RegionMembers members,
            AchterbanMap achterban,
            SchoolLeaders leaders,
            SchoolDirectory schools) {
        this.dashboards = dashboards;
        this.members = members;
        this.achterban = achterban;
        this.leaders = leaders;
        this.schools = schools;
    }

    /** A school whose mirror the person may see, and why: in their achterban, or led by them. */
    public record MirrorSchool(UUID id, String name, boolean achterban, boolean leads)
            implements java.io.Serializable {}

    /** The schools of the bound region whose mirror the calling person may see, by name. */
    public List<MirrorSchool> schoolsOf(@CallerId UUID accountId) {
        UUID region = TenantContext.require();
        Set<UUID> fromAchterban =
                members.holds(accountId, region, Role.TRAINER) ? achterban.schoolsOf(accountId) : Set.of();
        Set<UUID> led = members.holds(accountId, region, Role.SCHOOL_STAFF) ? leaders.ledBy(accountId) : Set.of();
        Set<UUID> all = new HashSet<>(fromAchterban);
        all.addAll(led);
        if (all.isEmpty()) {
            return List.of();
        }
        return schools.byIds(all).stream()
                .map(s -> new MirrorSchool(s.id(), s.name(), fromAchterban.contains(s.id()), led.contains(s.id())))
                .sorted(Comparator.comparing(MirrorSchool::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The school's mirror and checklist results against the region's for a school year. Refused
     * ({@link AccessDeniedException}) for a school the person may not see, also one of another region.
     */
    public SchoolMirror of(@CallerId UUID accountId, UUID schoolId, SchoolYear year, LocalDate today) {
        if (schoolsOf(accountId).stream().noneMatch(s -> s.id().equals(schoolId))) {
            throw new AccessDeniedException("Not a school of this person's achterban or led by them");
        }
        SchoolSummary school =
                schools.find(schoolId).orElseThrow(() -> new InvalidInput("school", "mirror.error.school"));
        DashboardFilter regionFilter = new DashboardFilter(year, null, null, null);
        Dashboard region = dashboards.load(regionFilter, today);
        Dashboard own = dashboards.load(new DashboardFilter(year, schoolId, null, null), today);
        return new SchoolMirror(
                school.id(),
                school.name(),
                school.type(),
                year,
                region.mirror().standardSource(),
                new SchoolMirror.Figures(
                        own.totalPupils(),
                        own.totalOpps(),
                        own.mirror().total(),
                        own.quality().overallMean()),
                new SchoolMirror.Figures(
                        region.totalPupils(),
                        region.totalOpps(),
                        region.mirror().total(),
                        region.quality().overallMean()),
                categories(own, region, schoolId),
                items(own, region),
                checks(own, region),
                region.quality().benchmark());
    }

    private static List<SchoolMirror.Category> categories(Dashboard own, Dashboard region, UUID schoolId) {
        Dashboard.Mirror m = own.mirror();
        int row = -1;
        for (int r = 0; r < m.schools().size(); r++) {
            if (m.schools().get(r).schoolId().equals(schoolId)) {
                row = r;
            }
        }
        Map<UUID, Integer> columns = new java.util.HashMap<>();
        for (int k = 0; k < m.categories().size(); k++) {
            columns.put(m.categories().get(k).categoryId(), k);
        }
        int schoolRow = row;
        return region.mirror().categories().stream()
                .map(c -> {
                    Integer k = columns.get(c.categoryId());
                    boolean atSchool = schoolRow >= 0 && k != null && m.applies(schoolRow, k);
                    Cell here = atSchool ? m.cells().get(schoolRow).get(k) : Cell.of(0);
                    return new SchoolMirror.Category(
                            c.categoryId(), c.name(), c.inStandard(), atSchool, here, c.total());
                })
                .toList();
    }

    private static List<SchoolMirror.Item> items(Dashboard own, Dashboard region) {
        Map<String, Dashboard.ItemScore> mine = own.quality().items().stream()
                .collect(Collectors.toMap(Dashboard.ItemScore::code, Function.identity(), (a, b) -> a));
        return region.quality().items().stream()
                .map(r -> {
                    Dashboard.ItemScore s = mine.get(r.code());
                    Cell opps = s == null ? Cell.of(0) : s.opps();
                    return new SchoolMirror.Item(
                            r.position(),
                            r.code(),
                            opps,
                            s == null ? null : shown(opps, s.mean()),
                            r.opps(),
                            shown(r.opps(), r.mean()));
                })
                .toList();
    }

    private static List<SchoolMirror.Check> checks(Dashboard own, Dashboard region) {
        Map<String, Dashboard.Compliance> mine = own.quality().checks().stream()
                .collect(Collectors.toMap(Dashboard.Compliance::check, Function.identity(), (a, b) -> a));
        return region.quality().checks().stream()
                .map(r -> {
                    Dashboard.Compliance s = mine.get(r.check());
                    Cell due = s == null ? Cell.of(0) : s.due();
                    return new SchoolMirror.Check(
                            r.check(),
                            due,
                            s == null ? null : shown(due, s.share()),
                            r.due(),
                            shown(r.due(), r.share()));
                })
                .toList();
    }

    /** A mean or share goes with its count: not shown when the count is suppressed (or nothing was counted). */
    private static @Nullable Double shown(Cell count, @Nullable Double value) {
        return count.suppressed() || count.value() == 0 ? null : value;
    }
}
