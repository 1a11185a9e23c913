package nl.uitzicht.invitation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the current region: their roles (school staff scoped to schools), and deactivation. */
@Service
@PreAuthorize("hasRole('REGION_ADMIN')")
public class RegionPeople {

    private final AccountDirectory accounts;
    private final SchoolDirectory schools;

    RegionPeople(AccountDirectory accounts, SchoolDirectory schools) {
        this.accounts = accounts;
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    public List<RegionMember> members() {
        return accounts.membersOf(TenantContext.require());
    }

    /** Sets the person's roles here; an administrator cannot take away their own administrator role. */
    @Transactional
    public void changeRoles(UUID accountId, Set<Role> roles, Set<UUID> schoolIds, UUID actingAccount) {
        if (roles.isEmpty() || roles.contains(Role.OPERATOR)) {
            throw new InvitationException("admin.invite.error.roles");
        }
        if (accountId.equals(actingAccount) && !roles.contains(Role.REGION_ADMIN)) {
            throw new InvitationException("admin.people.error.self");
        }
        if (roles.contains(Role.SCHOOL_STAFF)
                && (schoolIds.isEmpty() || schools.byIds(schoolIds).size() != schoolIds.size())) {
            throw new InvitationException("admin.invite.error.schools");
        }
        member(accountId);
        accounts.changeRoles(accountId, TenantContext.require(), roles,
                roles.contains(Role.SCHOOL_STAFF) ? schoolIds : Set.of());
    }

    /** Takes away all access to this region; returns whether the account itself was deactivated (no other region). */
    @Transactional
    public boolean deactivate(UUID accountId, UUID actingAccount) {
        if (accountId.equals(actingAccount)) {
            throw new InvitationException("admin.people.error.self");
        }
        member(accountId);
        return accounts.removeFromRegion(accountId, TenantContext.require());
    }

    private RegionMember member(UUID accountId) {
        return members().stream().filter(m -> m.accountId().equals(accountId)).findFirst()
                .orElseThrow(() -> new InvitationException("admin.people.error.notFound"));
    }
}
