package nl.uitzicht.invitation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.PlatformAction;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.IdentityLinks;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.LocalAccountAuthenticationProvider;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.identity.PasswordPolicy;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepting an invitation with its link: the (anonymous) invitation page, a new account with a chosen
 * password, an existing account proven with its own password, or the first login through the region's
 * identity provider. The link's token is what authorizes; it is single-use and expires.
 */
@Service
public class InvitationAcceptance {

    private final InvitationRows rows;
    private final AccountDirectory accounts;
    private final RegionDirectory regions;
    private final IdentityProviderSettings providers;
    private final IdentityLinks links;
    private final PasswordPolicy passwordPolicy;
    private final SystemWork systemWork;
    private final LocalAccountAuthenticationProvider login;
    private final PlatformLog log;
    private final TransactionTemplate tx;
    private final Clock clock;

    InvitationAcceptance(
            InvitationRows rows,
            AccountDirectory accounts,
            RegionDirectory regions,
            IdentityProviderSettings providers,
            IdentityLinks links,
            PasswordPolicy passwordPolicy,
            SystemWork systemWork,
            LocalAccountAuthenticationProvider login,
            PlatformLog log,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.regions = regions;
        this.providers = providers;
        this.links = links;
        this.passwordPolicy = passwordPolicy;
        this.systemWork = systemWork;
        this.login = login;
        this.log = log;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** For the (anonymous) invitation page. Unknown tokens look like revoked ones. */
    @Transactional(readOnly = true)
    @PreAuthorize(Allow.ANYONE) // the invitation link's token is what authorizes
    public InvitationLanding landing(String token) {
        Optional<Invitation> found = byToken(token);
        if (found.isEmpty()) {
            return InvitationLanding.unusable(InvitationStatus.REVOKED);
        }
        Invitation invitation = found.get();
        InvitationStatus status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.OPEN) {
            return InvitationLanding.unusable(status);
        }
        Region region = regions.find(invitation.getRegionId()).orElseThrow();
        if (!region.isActive()) {
            return InvitationLanding.unusable(InvitationStatus.REVOKED);
        }
        boolean hasAccount = systemWork.call(
                () -> accounts.findByEmail(invitation.getEmail()).isPresent());
        return new InvitationLanding(
                status,
                invitation.getEmail(),
                invitation.getDisplayName(),
                region.getName(),
                region.getCode(),
                providers.forRegionCode(region.getCode()).isPresent(),
                hasAccount);
    }

    /**
     * Accepts by creating a new account with the chosen password; returns the e-mail address to log in
     * with. The link is then used up. An address that already has an account is refused here: an
     * invitation never sets or changes an existing account's credentials (see
     * {@link #acceptWithOwnPassword}).
     */
    @Transactional
    @PreAuthorize(Allow.ANYONE) // the invitation link's token is what authorizes
    public String acceptWithPassword(String token, String password, String repeated) {
        Invitation invitation = usable(token);
        if (systemWork.call(() -> accounts.findByEmail(invitation.getEmail()).isPresent())) {
            throw new InvitationException("admin.accept.error.existing");
        }
        passwordPolicy.refusal(password, invitation.getEmail()).ifPresent(refusal -> {
            throw new InvalidInput("password", refusal.messageKey());
        });
        if (!password.equals(repeated)) {
            throw new InvalidInput("repeat", "admin.accept.error.repeat");
        }
        return systemWork.call(() -> {
            AccountSummary account =
                    accounts.createAccount(invitation.getEmail(), invitation.getDisplayName(), password);
            join(invitation, account);
            return account.email();
        });
    }

    /**
     * Accepts for an account that already exists: its owner proves it is theirs with its own password
     * (checked and throttled like a login, in its own transaction so failures count), and only then
     * gains the membership. Returns the e-mail address to log in with.
     */
    @PreAuthorize(Allow.ANYONE) // the invitation link's token and the account's own password authorize
    public String acceptWithOwnPassword(String token, String password) {
        String email = tx.execute(status -> usable(token).getEmail());
        AccountSummary account = systemWork
                .call(() -> accounts.findByEmail(email))
                .orElseThrow(() -> new InvitationException("admin.accept.error.noAccount"));
        try {
            login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (DisabledException deactivated) {
            // the password was right; a deactivated account is reactivated by joining
        } catch (AuthenticationException wrong) {
            throw new InvalidInput("password", "admin.accept.error.ownPassword");
        }
        systemWork.run(() -> tx.executeWithoutResult(status -> join(usable(token), account)));
        return account.email();
    }

    /**
     * Accepts at the first login through the region's identity provider, which vouched for the
     * person: the login came through the invitation's region ({@code regionCode}), and the provider's
     * verified e-mail address is the invitation's. Links the provider's subject to the account, so
     * later logins match on (issuer, subject) only. The link is then used up. An existing account
     * with a password (or an operator's) is refused: it accepts with its own password.
     */
    @Transactional
    @PreAuthorize(Allow.ANYONE) // the invitation's token and the provider's login (in its region) authorize
    public AccountSummary acceptForIdentityProvider(
            String token, String regionCode, String subject, String verifiedEmail) {
        Invitation invitation = usable(token);
        Region region = regions.find(invitation.getRegionId()).orElseThrow();
        OidcSettings provider = providers
                .forRegionCode(region.getCode())
                .orElseThrow(() -> new InvitationException("admin.accept.error.noProvider"));
        if (!region.getCode().equalsIgnoreCase(regionCode)) {
            throw new InvitationException("admin.accept.error.otherRegion");
        }
        if (verifiedEmail == null
                || !invitation.getEmail().equals(verifiedEmail.trim().toLowerCase(Locale.ROOT))) {
            throw new InvitationException("admin.accept.error.otherEmail");
        }
        return systemWork.call(() -> {
            Optional<AccountSummary> existing = accounts.findByEmail(invitation.getEmail());
            if (existing.isPresent()
                    && (existing.get().platformOperator() || existing.get().hasPassword())) {
                // A region's provider vouches in its own region only: it cannot stand in for the
                // password of an account that already has one (nor for an operator).
                throw new InvitationException("admin.accept.error.passwordAccount");
            }
            AccountSummary account =
                    accounts.findOrCreateWithoutPassword(invitation.getEmail(), invitation.getDisplayName());
            join(invitation, account);
            links.link(account.id(), region.getId(), provider.issuerUri(), subject);
            return account;
        });
    }

    /**
     * Gives the (new or proven) account the invitation's roles; an operator account never gains region
     * roles. Runs as the system (see the callers): the person is not signed in yet; the valid token,
     * with the new password, the account's own password or the provider's login, is the authorization.
     */
    private void join(Invitation invitation, AccountSummary account) {
        if (account.platformOperator()) {
            throw new InvitationException("admin.invite.error.operator");
        }
        accounts.activate(account.id());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(invitation.roles());
        Set<UUID> schoolsOfStaff = new HashSet<>(invitation.schoolIds());
        accounts.membersOf(invitation.getRegionId()).stream()
                .filter(m -> m.accountId().equals(account.id()))
                .findFirst()
                .ifPresent((RegionMember m) -> {
                    roles.addAll(m.roles());
                    schoolsOfStaff.addAll(m.schoolIds());
                });
        accounts.changeRoles(account.id(), invitation.getRegionId(), roles, schoolsOfStaff);
        invitation.accept(clock.instant());
        rows.saveAndFlush(invitation);
        log.platformAction(
                new Actor(account.id(), account.displayName()),
                PlatformAction.INVITATION_ACCEPTED,
                invitation.getRegionId(),
                Invitations.AUDIT_SUBJECT + " " + invitation.getId(),
                "by " + account.email());
    }

    private Invitation usable(String token) {
        Invitation invitation = byToken(token).orElseThrow(() -> new InvitationException("admin.accept.error.REVOKED"));
        InvitationStatus status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.OPEN || !regions.isActive(invitation.getRegionId())) {
            throw new InvitationException(
                    "admin.accept.error." + (status == InvitationStatus.OPEN ? "REVOKED" : status.name()));
        }
        return invitation;
    }

    private Optional<Invitation> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        // a parent's invitation is activated on its own page, with a second factor (ParentInvitations)
        return rows.findByTokenHash(InvitationTokens.hash(token.trim())).filter(i -> !i.isForParent());
    }
}
