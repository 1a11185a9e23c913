package nl.uitzicht.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.OperatorOnly;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
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
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations to a region: a single-use link that expires, sent by e-mail, with which the person
 * sets a password or logs in through the region's identity provider. Only the token's hash is
 * stored. Region admins invite into their own region; the operator invites a region's first admin.
 */
@Service
@RegionAdminOnly
public class Invitations {

    /** The audit subject of invitations. */
    public static final String AUDIT_SUBJECT = "INVITATION";

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;

    private final InvitationRows rows;
    private final AccountDirectory accounts;
    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final IdentityProviderSettings providers;
    private final IdentityLinks links;
    private final InvitationMailer mailer;
    private final PasswordPolicy passwordPolicy;
    private final SystemWork systemWork;
    private final Duration validFor;
    /** The platform's public address for links; when set, the address a request came in on is ignored. */
    private final @Nullable String publicUrl;

    private final LocalAccountAuthenticationProvider login;
    private final PlatformLog log;
    private final TransactionTemplate tx;
    private final Clock clock;

    Invitations(
            InvitationRows rows,
            AccountDirectory accounts,
            RegionDirectory regions,
            SchoolDirectory schools,
            IdentityProviderSettings providers,
            IdentityLinks links,
            InvitationMailer mailer,
            PasswordPolicy passwordPolicy,
            SystemWork systemWork,
            @Value("${uitzicht.invitations.valid-for:P7D}") Duration validFor,
            @Value("${uitzicht.public-url:}") String publicUrl,
            LocalAccountAuthenticationProvider login,
            PlatformLog log,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.clock = clock;
        this.systemWork = systemWork;
        this.login = login;
        this.log = log;
        this.tx = new TransactionTemplate(transactionManager);
        this.rows = rows;
        this.accounts = accounts;
        this.regions = regions;
        this.schools = schools;
        this.providers = providers;
        this.links = links;
        this.mailer = mailer;
        this.passwordPolicy = passwordPolicy;
        this.validFor = validFor;
        this.publicUrl = publicUrl.isBlank() ? null : publicUrl.trim();
    }

    /** Invites a person into the current region. {@code baseUrl}: the app's address for the link. */
    @Transactional
    public IssuedInvitation invite(
            String email, String displayName, Set<Role> roles, Set<UUID> schoolIds, Actor invitedBy, String baseUrl) {
        UUID region = TenantContext.require();
        if (roles.contains(Role.SCHOOL_STAFF)) {
            if (schoolIds.isEmpty()) {
                throw new InvitationException("admin.invite.error.schools");
            }
            if (schools.byIds(schoolIds).size() != schoolIds.size()) {
                throw new InvitationException("admin.invite.error.schools");
            }
        }
        return issue(
                region,
                email,
                displayName,
                roles,
                roles.contains(Role.SCHOOL_STAFF) ? schoolIds : Set.of(),
                invitedBy,
                baseUrl);
    }

    /** The operator invites a new region's first administrator. */
    @Transactional
    @OperatorOnly
    public IssuedInvitation inviteRegionAdmin(
            UUID regionId, String email, String displayName, Actor invitedBy, String baseUrl) {
        return issue(regionId, email, displayName, Set.of(Role.REGION_ADMIN), Set.of(), invitedBy, baseUrl);
    }

    private IssuedInvitation issue(
            UUID regionId,
            String email,
            String displayName,
            Set<Role> roles,
            Set<UUID> schoolIds,
            Actor invitedBy,
            String baseUrl) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String name = displayName == null ? "" : displayName.trim();
        if (!EMAIL.matcher(address).matches() || address.length() > 200) {
            throw new InvitationException("admin.invite.error.email");
        }
        if (name.isEmpty() || name.length() > 100) {
            throw new InvitationException("admin.invite.error.name");
        }
        if (roles.isEmpty() || roles.contains(Role.OPERATOR)) {
            throw new InvitationException("admin.invite.error.roles");
        }
        Region region = regions.find(regionId).orElseThrow();
        Optional<AccountSummary> existing = accounts.findByEmail(address);
        if (existing.isPresent() && existing.get().platformOperator()) {
            throw new InvitationException("admin.invite.error.operator");
        }
        if (existing.isPresent()
                && accounts.membersOf(regionId).stream()
                        .anyMatch(m -> m.accountId().equals(existing.get().id()))) {
            throw new InvitationException("admin.invite.error.member");
        }
        Instant now = clock.instant();
        if (rows.findByRegionIdOrderByCreatedAtDesc(regionId).stream()
                .anyMatch(i -> i.getEmail().equals(address) && i.statusAt(now) == InvitationStatus.OPEN)) {
            throw new InvitationException("admin.invite.error.pending");
        }
        String token = InvitationTokens.newToken();
        Invitation invitation = rows.save(new Invitation(
                regionId,
                address,
                name,
                roles,
                schoolIds,
                InvitationTokens.hash(token),
                now,
                now.plus(validFor),
                invitedBy.id(),
                invitedBy.name()));
        record(
                invitedBy,
                PlatformAction.INVITATION_SENT,
                AuditAction.CREATE,
                invitation,
                "to " + address + " as "
                        + roles.stream().map(Role::name).sorted().toList());
        return send(invitation, region, token, baseUrl, now);
    }

    /** A new link for an open or expired invitation; the old link stops working. */
    @Transactional
    public IssuedInvitation resend(UUID invitationId, long expectedVersion, String baseUrl, Actor acting) {
        Invitation invitation = own(invitationId, expectedVersion);
        Instant now = clock.instant();
        InvitationStatus status = invitation.statusAt(now);
        if (status == InvitationStatus.ACCEPTED) {
            throw new InvitationException("admin.invite.error.accepted");
        }
        String token = InvitationTokens.newToken();
        invitation.renew(InvitationTokens.hash(token), now.plus(validFor));
        rows.saveAndFlush(invitation);
        record(acting, PlatformAction.INVITATION_RESENT, AuditAction.UPDATE, invitation, "to " + invitation.getEmail());
        return send(invitation, regions.find(invitation.getRegionId()).orElseThrow(), token, baseUrl, now);
    }

    @Transactional
    public InvitationSummary revoke(UUID invitationId, long expectedVersion, Actor acting) {
        Invitation invitation = own(invitationId, expectedVersion);
        Instant now = clock.instant();
        if (invitation.statusAt(now) == InvitationStatus.ACCEPTED) {
            throw new InvitationException("admin.invite.error.accepted");
        }
        invitation.revoke(now);
        InvitationSummary revoked = rows.saveAndFlush(invitation).summary(now);
        record(
                acting,
                PlatformAction.INVITATION_REVOKED,
                AuditAction.DELETE,
                invitation,
                "to " + invitation.getEmail());
        return revoked;
    }

    /** The current region's invitations, newest first. */
    @Transactional(readOnly = true)
    public List<InvitationSummary> ofRegion() {
        Instant now = clock.instant();
        return rows.findByRegionIdOrderByCreatedAtDesc(TenantContext.require()).stream()
                .map(i -> i.summary(now))
                .toList();
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
            throw new InvitationException(refusal.messageKey());
        });
        if (!password.equals(repeated)) {
            throw new InvitationException("admin.accept.error.repeat");
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
            throw new InvitationException("admin.accept.error.ownPassword");
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
        Set<UUID> schoolsOfStaff = new java.util.HashSet<>(invitation.schoolIds());
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
                AUDIT_SUBJECT + " " + invitation.getId(),
                "by " + account.email());
    }

    /**
     * An administrator's action on an invitation: in the region's audit trail and the platform log when
     * a region is bound (a region administrator), in the platform log only for the operator.
     */
    private void record(
            Actor actor, PlatformAction action, AuditAction regionAction, Invitation invitation, String detail) {
        if (TenantContext.current() != null) {
            log.regionAction(actor, action, regionAction, AUDIT_SUBJECT, invitation.getId(), detail);
        } else {
            log.platformAction(
                    actor, action, invitation.getRegionId(), AUDIT_SUBJECT + " " + invitation.getId(), detail);
        }
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
        return rows.findByTokenHash(InvitationTokens.hash(token.trim()));
    }

    private Invitation own(UUID invitationId, long expectedVersion) {
        Invitation invitation = rows.findByIdAndRegionId(invitationId, TenantContext.require())
                .orElseThrow(() -> new InvitationException("admin.invite.error.notFound"));
        if (invitation.summary(clock.instant()).version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Invitation.class, invitationId);
        }
        return invitation;
    }

    private IssuedInvitation send(Invitation invitation, Region region, String token, String baseUrl, Instant now) {
        // With a configured public address a caller cannot have mails point to a host of its choosing
        // (the Host or X-Forwarded-Host header of its own request).
        String base = publicUrl != null ? publicUrl : baseUrl;
        String link = base.replaceAll("/+$", "") + "/uitnodiging/" + token;
        InvitationMailer.Delivery delivery = mailer.send(
                invitation.getEmail(),
                invitation.getDisplayName(),
                region.getName(),
                link,
                invitation.summary(now).invitedBy());
        // The link leaves the server only by mail, or, with no mail server at all, to the inviter who asked
        return new IssuedInvitation(
                invitation.summary(now),
                delivery == InvitationMailer.Delivery.NO_MAIL_SERVER ? link : null,
                delivery == InvitationMailer.Delivery.MAILED);
    }
}
