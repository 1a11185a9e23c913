package nl.uitzicht.identity;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.AnyRegionRole;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which school staff lead a school (schoolleider, issue 18 point 4): a mark on a school-staff membership, per
 * school it is scoped to, set by the region administrator (who audits it: {@code RegionPeople}). A mark counts
 * only while the membership is scoped to the school and holds the staff role, read live from the database, so
 * a person taken off the school or out of the region loses what the mark gave at once. In the bound region.
 */
@Service
@Transactional(readOnly = true)
public class SchoolLeaders {

    private final Memberships memberships;
    private final SchoolLeaderMarks marks;
    private final Clock clock;

    SchoolLeaders(Memberships memberships, SchoolLeaderMarks marks, Clock clock) {
        this.memberships = memberships;
        this.marks = marks;
        this.clock = clock;
    }

    /** The schools the calling person leads in the bound region (empty unless they are marked school leader). */
    @AnyRegionRole
    public Set<UUID> ledBy(@CallerId UUID userId) {
        return staffMembership(userId, TenantContext.require())
                .map(m -> effective(m, marks.findByKeyMembershipIdIn(List.of(m.getId()))))
                .orElse(Set.of());
    }

    /** Per person of the bound region, the schools they lead (only people who lead one). */
    @RegionAdminOnly
    public Map<UUID, Set<UUID>> inRegion() {
        List<Membership> staff = memberships.findByRegionId(TenantContext.require()).stream()
                .filter(m -> m.getRole() == Role.SCHOOL_STAFF)
                .toList();
        Map<UUID, List<SchoolLeaderMark>> byMembership =
                marks
                        .findByKeyMembershipIdIn(
                                staff.stream().map(Membership::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(SchoolLeaderMark::membershipId));
        Map<UUID, Set<UUID>> leaders = new HashMap<>();
        for (Membership m : staff) {
            Set<UUID> led = effective(m, byMembership.getOrDefault(m.getId(), List.of()));
            if (!led.isEmpty()) {
                leaders.put(m.getUserId(), led);
            }
        }
        return leaders;
    }

    /**
     * Sets the schools the person leads in the bound region: each one of the schools their staff role is scoped
     * to (else {@code schools}: admin.people.error.leaderSchools). An empty set takes every mark away.
     */
    @RegionAdminOnly
    @Transactional
    public void lead(UUID userId, Set<UUID> schoolIds) {
        Optional<Membership> staff = staffMembership(userId, TenantContext.require());
        if (!schoolIds.isEmpty()
                && (staff.isEmpty() || !staff.get().getSchoolIds().containsAll(schoolIds))) {
            throw new InvalidInput("schools", "admin.people.error.leaderSchools");
        }
        if (staff.isEmpty()) {
            return;
        }
        Membership m = staff.get();
        List<SchoolLeaderMark> current = marks.findByKeyMembershipIdIn(List.of(m.getId()));
        Set<UUID> kept = new HashSet<>();
        for (SchoolLeaderMark mark : current) {
            if (schoolIds.contains(mark.schoolId())) {
                kept.add(mark.schoolId());
            } else {
                marks.delete(mark);
            }
        }
        for (UUID school : schoolIds) {
            if (!kept.contains(school)) {
                marks.save(new SchoolLeaderMark(m.getId(), school, clock.instant()));
            }
        }
        marks.flush();
    }

    private Optional<Membership> staffMembership(UUID userId, UUID regionId) {
        return memberships.findByUserIdAndRegionId(userId, regionId).stream()
                .filter(m -> m.getRole() == Role.SCHOOL_STAFF)
                .findFirst();
    }

    private static Set<UUID> effective(Membership m, List<SchoolLeaderMark> marks) {
        Set<UUID> scoped = m.getSchoolIds();
        return marks.stream()
                .map(SchoolLeaderMark::schoolId)
                .filter(scoped::contains)
                .collect(Collectors.toUnmodifiableSet());
    }
}
