package nl.uitzicht.invitation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.PlatformAction;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SchoolLeaders;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the current region: their roles (school staff scoped to schools), and deactivation. */
@Service
@RegionAdminOnly
public class RegionPeople {

    /** The audit subject for changes to who may do what in the region. */
    public static final String AUDIT_SUBJECT = "PERSON";

    private final AccountDirectory accounts;
    private final SchoolDirectory schools;
    private final SchoolLeaders leaders;
    private final PlatformLog log;

    RegionPeople(AccountDirectory accounts, SchoolDirectory schools, SchoolLeaders leaders, PlatformLog log) {
        this.accounts = accounts;
        this.leaders = leaders;
        this.schools = schools;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<RegionMember> members() {
        return accounts.membersOf(TenantContext.require());
    }

    /**
     * Sets the person's roles here; an administrator cannot take away their own administrator role. The
     * change is in the region's audit trail.
     */
    @Transactional
    public void changeRoles(UUID accountId, Set<Role> roles, Set<UUID> schoolIds, Actor acting) {
        if (roles.isEmpty() || roles.contains(Role.OPERATOR)) {
            throw new InvalidInput("roles", "admin.invite.error.roles");
        }
        if (accountId.equals(acting.id()) && !roles.contains(Role.REGION_ADMIN)) {
            throw new InvalidInput("account", "admin.people.error.self");
        }
        if (roles.contains(Role.SCHOOL_STAFF)
                && (schoolIds.isEmpty() || schools.byIds(schoolIds).size() != schoolIds.size())) {
            throw new InvalidInput("schools", "admin.invite.error.schools");
        }
        RegionMember before = member(accountId);
        Set<UUID> scoped = roles.contains(Role.SCHOOL_STAFF) ? schoolIds : Set.of();
        accounts.changeRoles(accountId, TenantContext.require(), roles, scoped);
        log.regionAction(
                acting,
                PlatformAction.ROLES_CHANGED,
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                accountId,
                "roles " + names(before.roles()) + " -> " + names(roles)
                        + (scoped.isEmpty() ? "" : ", " + scoped.size() + " school(s)"));
    }

    /** Per person, the schools they lead (schoolleider): only people who lead one. */
    @Transactional(readOnly = true)
    public Map<UUID, Set<UUID>> schoolLeaders() {
        return leaders.inRegion();
    }

    /**
     * Marks the person as school leader of exactly these of their schools (none: no longer a school leader). A
     * school leader sees their school's basic-support mirror against the region (ADR 0098). In the audit trail.
     */
    @Transactional
    public void leadSchools(UUID accountId, Set<UUID> schoolIds, Actor acting) {
        Set<UUID> before = leaders.inRegion().getOrDefault(accountId, Set.of());
        member(accountId);
        leaders.lead(accountId, schoolIds);
        if (before.equals(schoolIds)) {
            return;
        }
        log.regionAction(
                acting,
                PlatformAction.ROLES_CHANGED,
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                accountId,
                "school leader of " + schoolNames(before) + " -> " + schoolNames(schoolIds));
    }

    private String schoolNames(Set<UUID> ids) {
        return schools.byIds(ids).stream().map(s -> s.name()).sorted().toList().toString();
    }

    /** Takes away all access to this region; returns whether the account itself was deactivated (no other region). */
    @Transactional
    public boolean deactivate(UUID accountId, Actor acting) {
        if (accountId.equals(acting.id())) {
            throw new InvalidInput("account", "admin.people.error.self");
        }
        RegionMember before = member(accountId);
        boolean accountClosed = accounts.removeFromRegion(accountId, TenantContext.require());
        log.regionAction(
                acting,
                PlatformAction.ACCESS_REVOKED,
                AuditAction.DELETE,
                AUDIT_SUBJECT,
                accountId,
                "access removed (had " + names(before.roles()) + ")" + (accountClosed ? ", account deactivated" : ""));
        return accountClosed;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList().toString();
    }

    private RegionMember member(UUID accountId) {
        return members().stream()
                .filter(m -> m.accountId().equals(accountId))
                .findFirst()
                .orElseThrow(() -> new InvitationException("admin.people.error.notFound"));
    }
}
