package nl.uitzicht.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.AuthenticatedOnly;
import nl.uitzicht.access.OperatorOrRegionAdmin;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who exists, and which regions and roles they hold. */
@Service
@Transactional(readOnly = true)
@AuthenticatedOnly
public class AccountDirectory {

    private final UserAccounts accounts;
    private final Memberships memberships;
    private final RegionDirectory regions;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    AccountDirectory(
            UserAccounts accounts,
            Memberships memberships,
            RegionDirectory regions,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.memberships = memberships;
        this.regions = regions;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
    }

    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalize(email)).map(UserAccount::summary);
    }

    public Optional<AccountSummary> find(UUID id) {
        return accounts.findById(id).map(UserAccount::summary);
    }

    /** The active regions this person may work in, with their roles there, sorted by region name. */
    public List<RegionMembership> membershipsOf(UUID userId) {
        Map<UUID, List<Membership>> byRegion = new LinkedHashMap<>();
        for (Membership m : memberships.findByUserId(userId)) {
            byRegion.computeIfAbsent(m.getRegionId(), k -> new ArrayList<>()).add(m);
        }
        List<RegionMembership> result = new ArrayList<>();
        for (Region region : regions.byIds(byRegion.keySet())) {
            if (region.isActive()) {
                result.add(combine(region, byRegion.get(region.getId())));
            }
        }
        return result;
    }

    public Optional<RegionMembership> membershipIn(UUID userId, UUID regionId) {
        return membershipsOf(userId).stream()
                .filter(m -> m.regionId().equals(regionId))
                .findFirst();
    }

    private static RegionMembership combine(Region region, List<Membership> rows) {
        Set<Role> roles = new HashSet<>();
        Set<UUID> schools = new HashSet<>();
        for (Membership m : rows) {
            roles.add(m.getRole());
            schools.addAll(m.getSchoolIds());
        }
        return new RegionMembership(region.getId(), region.getCode(), region.getName(), roles, schools);
    }

    /** A new account with a password; refused when the address already has one (it is never overwritten). */
    @Transactional
    @SystemOnly
    public AccountSummary createAccount(String email, String displayName, String rawPassword) {
        return save(new UserAccount(
                email, displayName.trim(), passwordEncoder.encode(rawPassword), false, clock.instant()));
    }

    @Transactional
    @SystemOnly
    public AccountSummary createOperator(String email, String displayName, String rawPassword) {
        return save(new UserAccount(email, displayName, passwordEncoder.encode(rawPassword), true, clock.instant()));
    }

    private AccountSummary save(UserAccount account) {
        if (accounts.findByEmail(account.getEmail()).isPresent()) {
            throw new IllegalArgumentException("An account with this e-mail address already exists");
        }
        return accounts.save(account).summary();
    }

    /**
     * The account for this address, created without a password when there is none (its owner logs in
     * through a region's identity provider). Never changes an existing account's credentials.
     */
    @Transactional
    @SystemOnly
    public AccountSummary findOrCreateWithoutPassword(String email, String displayName) {
        return accounts.findByEmail(UserAccount.normalize(email))
                .map(UserAccount::summary)
                .orElseGet(() -> accounts.save(new UserAccount(email, displayName.trim(), null, false, clock.instant()))
                        .summary());
    }

    /** The account's current access version, for checking live sessions (see {@link AccountSummary}). */
    public long accessVersion(UUID accountId) {
        return accounts.findById(accountId).map(UserAccount::getAccessVersion).orElse(-1L);
    }

    /** Everyone with a role in the region, by name. */
    @OperatorOrRegionAdmin
    public List<RegionMember> membersOf(UUID regionId) {
        Map<UUID, List<Membership>> byUser = new LinkedHashMap<>();
        for (Membership m : memberships.findByRegionId(regionId)) {
            byUser.computeIfAbsent(m.getUserId(), k -> new ArrayList<>()).add(m);
        }
        List<RegionMember> result = new ArrayList<>();
        for (UserAccount account : accounts.findAllById(byUser.keySet())) {
            Set<Role> roles = new HashSet<>();
            Set<UUID> schools = new HashSet<>();
            for (Membership m : byUser.get(account.getId())) {
                roles.add(m.getRole());
                schools.addAll(m.getSchoolIds());
            }
            result.add(new RegionMember(
                    account.getId(),
                    account.getEmail(),
                    account.getDisplayName(),
                    account.isEnabled(),
                    roles,
                    schools));
        }
        result.sort((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()));
        return result;
    }

    /**
     * Sets exactly these roles for the person in the region; school staff are scoped to
     * {@code schoolIds}. No roles at all removes the person from the region.
     */
    @Transactional
    @RegionAdminOnly
    public void changeRoles(UUID userId, UUID regionId, Set<Role> roles, Set<UUID> schoolIds) {
        List<Membership> current = memberships.findByUserIdAndRegionId(userId, regionId);
        for (Membership m : current) {
            if (!roles.contains(m.getRole())) {
                memberships.delete(m);
            } else if (m.getRole() == Role.SCHOOL_STAFF) {
                m.scopeToSchools(schoolIds);
            }
        }
        for (Role role : roles) {
            if (current.stream().noneMatch(m -> m.getRole() == role)) {
                memberships.save(
                        new Membership(userId, regionId, role, role == Role.SCHOOL_STAFF ? schoolIds : Set.of()));
            }
        }
        accessChanged(userId);
    }

    private void accessChanged(UUID userId) {
        accounts.findById(userId).orElseThrow().accessChanged();
    }

    /**
     * Takes away the person's access to the region. An account left with no region at all (and not
     * an operator) is deactivated too. Returns whether the account was deactivated.
     */
    @Transactional
    @RegionAdminOnly
    public boolean removeFromRegion(UUID userId, UUID regionId) {
        memberships.deleteAll(memberships.findByUserIdAndRegionId(userId, regionId));
        memberships.flush();
        UserAccount account = accounts.findById(userId).orElseThrow();
        account.accessChanged();
        if (!account.isPlatformOperator() && memberships.findByUserId(userId).isEmpty()) {
            account.deactivate();
            return true;
        }
        return false;
    }

    /**
     * A school took away (or changed) a parent's access to a child: live sessions of the account are
     * checked again at their next request, and without any child left in the region the parent loses
     * the region (and, with no region left, the account is deactivated). The school's right to do this
     * for this parent is checked by the caller ({@code nl.uitzicht.parent.ParentLinks#revoke}); this
     * method only ever takes the PARENT role away.
     */
    @Transactional
    @StaffOnly
    public void parentAccessChanged(UUID userId, UUID regionId, boolean anyChildLeft) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        account.accessChanged();
        if (anyChildLeft) {
            return;
        }
        memberships.deleteAll(memberships.findByUserIdAndRegionId(userId, regionId).stream()
                .filter(m -> m.getRole() == Role.PARENT)
                .toList());
        memberships.flush();
        if (!account.isPlatformOperator() && memberships.findByUserId(userId).isEmpty()) {
            account.deactivate();
        }
    }

    /** Reactivates an account, e.g. when a deactivated person is invited again. */
    @Transactional
    @SystemOnly
    public void activate(UUID userId) {
        accounts.findById(userId).orElseThrow().activate();
    }

    @Transactional
    @SystemOnly
    public void grant(UUID userId, UUID regionId, Role role, Set<UUID> schoolIds) {
        boolean exists =
                memberships.findByUserIdAndRegionId(userId, regionId).stream().anyMatch(m -> m.getRole() == role);
        if (!exists) {
            memberships.save(new Membership(userId, regionId, role, schoolIds));
            accessChanged(userId);
        }
    }
}
