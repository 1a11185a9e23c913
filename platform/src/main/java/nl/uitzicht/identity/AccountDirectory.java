package nl.uitzicht.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who exists, and which regions and roles they hold. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccounts accounts;
    private final Memberships memberships;
    private final RegionDirectory regions;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    AccountDirectory(UserAccounts accounts, Memberships memberships, RegionDirectory regions,
                     PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
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
        return membershipsOf(userId).stream().filter(m -> m.regionId().equals(regionId)).findFirst();
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

    @Transactional
    public AccountSummary createAccount(String email, String displayName, String rawPassword) {
        return save(new UserAccount(email, displayName, passwordEncoder.encode(rawPassword), false));
    }

    @Transactional
    public AccountSummary createOperator(String email, String displayName, String rawPassword) {
        return save(new UserAccount(email, displayName, passwordEncoder.encode(rawPassword), true));
    }

    private AccountSummary save(UserAccount account) {
        if (accounts.findByEmail(account.getEmail()).isPresent()) {
            throw new IllegalArgumentException("An account with this e-mail address already exists");
        }
        return accounts.save(account).summary();
    }

    /** The account for this address, created without a password (it is set from an invitation). */
    @Transactional
    public AccountSummary findOrCreate(String email, String displayName) {
        return accounts.findByEmail(UserAccount.normalize(email)).map(UserAccount::summary)
                .orElseGet(() -> accounts.save(new UserAccount(email, displayName.trim(), null, false)).summary());
    }

    /**
     * Sets a password the person chose; refused (IllegalArgumentException with the message key) when
     * the {@link PasswordPolicy} does not allow it. Callers check the policy first, to say why.
     */
    @Transactional
    public void setPassword(UUID accountId, String rawPassword) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        passwordPolicy.refusal(rawPassword, account.getEmail()).ifPresent(refusal -> {
            throw new IllegalArgumentException(refusal.messageKey());
        });
        account.changePassword(passwordEncoder.encode(rawPassword));
    }

    /** Everyone with a role in the region, by name. */
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
            result.add(new RegionMember(account.getId(), account.getEmail(), account.getDisplayName(),
                    account.isEnabled(), roles, schools));
        }
        result.sort((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()));
        return result;
    }

    /**
     * Sets exactly these roles for the person in the region; school staff are scoped to
     * {@code schoolIds}. No roles at all removes the person from the region.
     */
    @Transactional
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
                memberships.save(new Membership(userId, regionId, role,
                        role == Role.SCHOOL_STAFF ? schoolIds : Set.of()));
            }
        }
    }

    /**
     * Takes away the person's access to the region. An account left with no region at all (and not
     * an operator) is deactivated too. Returns whether the account was deactivated.
     */
    @Transactional
    public boolean removeFromRegion(UUID userId, UUID regionId) {
        memberships.deleteAll(memberships.findByUserIdAndRegionId(userId, regionId));
        memberships.flush();
        UserAccount account = accounts.findById(userId).orElseThrow();
        if (!account.isPlatformOperator() && memberships.findByUserId(userId).isEmpty()) {
            account.deactivate();
            return true;
        }
        return false;
    }

    /** Reactivates an account, e.g. when a deactivated person is invited again. */
    @Transactional
    public void activate(UUID userId) {
        accounts.findById(userId).orElseThrow().activate();
    }

    @Transactional
    public void grant(UUID userId, UUID regionId, Role role, Set<UUID> schoolIds) {
        boolean exists = memberships.findByUserIdAndRegionId(userId, regionId).stream()
                .anyMatch(m -> m.getRole() == role);
        if (!exists) {
            memberships.save(new Membership(userId, regionId, role, schoolIds));
        }
    }
}
