package nl.uitzicht.security;

import java.util.List;
import java.util.Optional;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.identity.RegionMembership;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Turns a fresh login into a {@link SignedInUser}. A local login lands in the person's only
 * region, or asks them to choose. An OIDC login came through one region's provider: the person
 * must be a member of that region, found by the e-mail claim the region configured.
 */
@Component
class SignInResolver {

    private final AccountDirectory accounts;
    private final IdentityProviderSettings providers;

    SignInResolver(AccountDirectory accounts, IdentityProviderSettings providers) {
        this.accounts = accounts;
        this.providers = providers;
    }

    Optional<SignedInUser> resolve(Authentication authentication) {
        if (authentication instanceof UsernamePasswordAuthenticationToken local) {
            return accounts.findByEmail(local.getName()).filter(AccountSummary::enabled).map(this::signIn);
        }
        if (authentication instanceof OAuth2AuthenticationToken oidc) {
            return resolveOidc(oidc);
        }
        return Optional.empty();
    }

    private SignedInUser signIn(AccountSummary account) {
        List<RegionMembership> memberships = accounts.membershipsOf(account.id());
        RegionMembership only = memberships.size() == 1 ? memberships.getFirst() : null;
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.platformOperator(),
                only, memberships.size(), account.accessVersion(), null);
    }

    /** A login through a region's identity provider: that region only, never the region choice. */
    private SignedInUser signInThrough(AccountSummary account, RegionMembership membership) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.platformOperator(),
                membership, 1, account.accessVersion(), membership.regionId());
    }

    /**
     * The session's person as they are now, after their access changed: empty when the account was
     * deactivated or lost the region the session works in (the session must end); otherwise the same
     * session with the current roles and schools.
     */
    Optional<SignedInUser> refresh(SignedInUser user) {
        Optional<AccountSummary> account = accounts.find(user.accountId()).filter(AccountSummary::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (user.region() == null) {
            return Optional.of(signIn(account.get()));
        }
        return accounts.membershipIn(user.accountId(), user.region().regionId())
                .map(membership -> user.boundRegion() != null ? signInThrough(account.get(), membership)
                        : signIn(account.get()).inRegion(membership));
    }

    private Optional<SignedInUser> resolveOidc(OAuth2AuthenticationToken oidc) {
        Optional<OidcSettings> settings = providers.forRegionCode(oidc.getAuthorizedClientRegistrationId());
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Object email = oidc.getPrincipal().getAttributes().get(settings.get().emailClaim());
        if (!(email instanceof String address) || address.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByEmail(address).filter(AccountSummary::enabled)
                .flatMap(account -> accounts.membershipIn(account.id(), settings.get().regionId())
                        .map(membership -> signInThrough(account, membership)));
    }
}
