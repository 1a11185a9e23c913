package nl.uitzicht.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.AnyRegionRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of one region who hold a role there, e.g. its trainers (for buddy pairing). */
@Service
@Transactional(readOnly = true)
@AnyRegionRole
public class RegionMembers {

    private final Memberships memberships;
    private final UserAccounts accounts;

    RegionMembers(Memberships memberships, UserAccounts accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** Enabled accounts holding {@code role} in the region, by display name. */
    public List<AccountSummary> withRole(UUID regionId, Role role) {
        Set<UUID> ids = memberships.findByRegionId(regionId).stream()
                .filter(m -> m.getRole() == role)
                .map(Membership::getUserId)
                .collect(Collectors.toSet());
        return accounts.findAllById(ids).stream()
                .map(UserAccount::summary)
                .filter(AccountSummary::enabled)
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public boolean holds(UUID userId, UUID regionId, Role role) {
        return memberships.findByUserIdAndRegionId(userId, regionId).stream().anyMatch(m -> m.getRole() == role);
    }
}
