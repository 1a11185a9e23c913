package nl.uitzicht.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.IdentityLinks;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.identity.RegionMembership;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.invitation.InvitationAcceptance;
import nl.uitzicht.invitation.InvitationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a fresh login into a {@link SignedInUser}. A local login lands in the person's only
 * region, or asks them to choose. An OIDC login came through one region's provider and opens that
 * region only ({@link SignedInUser#boundRegion()}): the provider's (issuer, subject) must be
 * linked to an account that is a member there. The link is made by the login that follows
 * accepting an invitation through the provider ({@link PendingInvitation}), and only when the
 * provider verified the invitation's e-mail address ({@code email_verified}); an e-mail claim
 * alone never signs anyone in.
 */
@Component
class SignInResolver {

    static final String EMAIL_VERIFIED = "email_verified";

    private static final Logger log = LoggerFactory.getLogger(SignInResolver.class);

    private final AccountDirectory accounts;
    private final IdentityProviderSettings providers;
    private final IdentityLinks links;
    private final InvitationAcceptance acceptance;
    private final SecondFactors secondFactors;
    private final Clock clock;

    SignInResolver(
            AccountDirectory accounts,
            IdentityProviderSettings providers,
            IdentityLinks links,
            InvitationAcceptance acceptance,
            SecondFactors secondFactors,
            Clock clock) {
        this.secondFactors = secondFactors;
        this.clock = clock;
        this.accounts = accounts;
        this.providers = providers;
        this.links = links;
        this.acceptance = acceptance;
    }

    Optional<SignedInUser> resolve(Authentication authentication) {
        return resolve(authentication, null);
    }

    /**
     * The signed-in person, or empty for a login that matches no account. For an OIDC login the
     * session may hold a {@link PendingInvitation} (it is removed, used or not); a refused OIDC
     * login throws {@link SignInRefused} with the reason.
     */
    Optional<SignedInUser> resolve(Authentication authentication, @Nullable HttpSession session) {
        if (authentication instanceof UsernamePasswordAuthenticationToken local) {
            return accounts.findByEmail(local.getName())
                    .filter(AccountSummary::enabled)
                    .filter(this::hasRequiredSecondFactor)
                    .map(this::signIn);
        }
        if (authentication instanceof OAuth2AuthenticationToken oidc) {
            return Optional.of(resolveOidc(oidc, takePending(session)));
        }
        return Optional.empty();
    }

    /** A parent signs in only with a second factor (ADR 0079); activation sets one up, so this is a backstop. */
    private boolean hasRequiredSecondFactor(AccountSummary account) {
        return !secondFactors.isRequired(account.id()) || secondFactors.isEnabled(account.id());
    }

    private SignedInUser signIn(AccountSummary account) {
        List<RegionMembership> memberships = accounts.membershipsOf(account.id());
        RegionMembership only = memberships.size() == 1 ? memberships.getFirst() : null;
        return new SignedInUser(
                account.id(),
                account.email(),
                account.displayName(),
                account.platformOperator(),
                only,
                memberships.size(),
                account.accessVersion(),
                null);
    }

    /** A login through a region's identity provider: that region only, never the region choice. */
    private SignedInUser signInThrough(AccountSummary account, RegionMembership membership) {
        return new SignedInUser(
                account.id(),
                account.email(),
                account.displayName(),
                account.platformOperator(),
                membership,
                1,
                account.accessVersion(),
                membership.regionId());
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
                .map(membership -> user.boundRegion() != null
                        ? signInThrough(account.get(), membership)
                        : signIn(account.get()).inRegion(membership));
    }

    private SignedInUser resolveOidc(OAuth2AuthenticationToken oidc, @Nullable PendingInvitation pending) {
        OidcSettings region = providers
                .forRegionCode(oidc.getAuthorizedClientRegistrationId())
                .orElseThrow(() -> new SignInRefused(SignInRefused.UNKNOWN));
        String subject = oidc.getPrincipal() instanceof OidcUser user
                ? user.getSubject()
                : String.valueOf(oidc.getPrincipal().getAttributes().get("sub"));
        if (subject == null || subject.isBlank() || "null".equals(subject)) {
            throw new SignInRefused(SignInRefused.UNKNOWN);
        }
        Optional<UUID> linked = links.accountFor(region.regionId(), region.issuerUri(), subject);
        if (linked.isPresent()) {
            return boundTo(region, linked.get());
        }
        if (pending == null || !pending.usableFor(region.regionCode(), clock.instant())) {
            throw new SignInRefused(SignInRefused.NOT_LINKED);
        }
        return boundTo(region, acceptInvitation(oidc, region, subject, pending));
    }

    /** The first login after accepting an invitation through the provider: links the subject. */
    private UUID acceptInvitation(
            OAuth2AuthenticationToken oidc, OidcSettings region, String subject, PendingInvitation pending) {
        Object email = oidc.getPrincipal().getAttributes().get(region.emailClaim());
        if (!(email instanceof String address) || address.isBlank()) {
            throw new SignInRefused(SignInRefused.INVITATION);
        }
        if (!verified(oidc.getPrincipal().getAttributes().get(EMAIL_VERIFIED))) {
            throw new SignInRefused(SignInRefused.UNVERIFIED);
        }
        try {
            return acceptance
                    .acceptForIdentityProvider(pending.token(), region.regionCode(), subject, address)
                    .id();
        } catch (InvitationException | IllegalStateException refused) {
            log.info(
                    "Invitation not accepted through the provider of {}: {}",
                    region.regionCode(),
                    refused.getMessage());
            throw new SignInRefused(
                    "admin.accept.error.passwordAccount".equals(refused.getMessage())
                            ? SignInRefused.PASSWORD_ACCOUNT
                            : SignInRefused.INVITATION);
        }
    }

    private SignedInUser boundTo(OidcSettings region, UUID accountId) {
        AccountSummary account = accounts.find(accountId)
                .filter(AccountSummary::enabled)
                .orElseThrow(() -> new SignInRefused(SignInRefused.UNKNOWN));
        RegionMembership membership = accounts.membershipIn(account.id(), region.regionId())
                .orElseThrow(() -> new SignInRefused(SignInRefused.UNKNOWN));
        return signInThrough(account, membership);
    }

    private static boolean verified(@Nullable Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }

    private static @Nullable PendingInvitation takePending(@Nullable HttpSession session) {
        if (session == null) {
            return null;
        }
        Object pending = session.getAttribute(PendingInvitation.SESSION_KEY);
        session.removeAttribute(PendingInvitation.SESSION_KEY);
        return pending instanceof PendingInvitation invitation ? invitation : null;
    }
}
