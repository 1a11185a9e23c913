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
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a region: a single-use link that expires, sent by e-mail, with which the person
 * sets a password or logs in through the region's identity provider. Only the token's hash is
 * stored. Region admins invite into their own region; the operator invites a region's first admin.
 */
@Service
public class Invitations {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    public static final int MIN_PASSWORD = 10;

    private final InvitationRows rows;
    private final AccountDirectory accounts;
    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final IdentityProviderSettings providers;
    private final InvitationMailer mailer;
    private final Duration validFor;
    private final Clock clock = Clock.systemUTC();

    Invitations(InvitationRows rows, AccountDirectory accounts, RegionDirectory regions, SchoolDirectory schools,
                IdentityProviderSettings providers, InvitationMailer mailer,
                @Value("${uitzicht.invitations.valid-for:P7D}") Duration validFor) {
        this.rows = rows;
        this.accounts = accounts;
        this.regions = regions;
        this.schools = schools;
        this.providers = providers;
        this.mailer = mailer;
        this.validFor = validFor;
    }

    /** Invites a person into the current region. {@code baseUrl}: the app's address for the link. */
    @Transactional
    @PreAuthorize("hasRole('REGION_ADMIN')")
    public IssuedInvitation invite(String email, String displayName, Set<Role> roles, Set<UUID> schoolIds,
                                   Actor invitedBy, String baseUrl) {
        UUID region = TenantContext.require();
        if (roles.contains(Role.SCHOOL_STAFF)) {
            if (schoolIds.isEmpty()) {
                throw new InvitationException("admin.invite.error.schools");
            }
            if (schools.byIds(schoolIds).size() != schoolIds.size()) {
                throw new InvitationException("admin.invite.error.schools");
            }
        }
        return issue(region, email, displayName, roles,
                roles.contains(Role.SCHOOL_STAFF) ? schoolIds : Set.of(), invitedBy, baseUrl);
    }

    /** The operator invites a new region's first administrator. */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public IssuedInvitation inviteRegionAdmin(UUID regionId, String email, String displayName, Actor invitedBy,
                                              String baseUrl) {
        return issue(regionId, email, displayName, Set.of(Role.REGION_ADMIN), Set.of(), invitedBy, baseUrl);
    }

    private IssuedInvitation issue(UUID regionId, String email, String displayName, Set<Role> roles,
                                   Set<UUID> schoolIds, Actor invitedBy, String baseUrl) {
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
        if (existing.isPresent() && accounts.membersOf(regionId).stream()
                .anyMatch(m -> m.accountId().equals(existing.get().id()))) {
            throw new InvitationException("admin.invite.error.member");
        }
        Instant now = clock.instant();
        if (rows.findByRegionIdOrderByCreatedAtDesc(regionId).stream()
                .anyMatch(i -> i.getEmail().equals(address) && i.statusAt(now) == InvitationStatus.OPEN)) {
            throw new InvitationException("admin.invite.error.pending");
        }
        String token = InvitationTokens.newToken();
        Invitation invitation = rows.save(new Invitation(regionId, address, name, roles, schoolIds,
                InvitationTokens.hash(token), now, now.plus(validFor), invitedBy.id(), invitedBy.name()));
        return send(invitation, region, token, baseUrl, now);
    }

    /** A new link for an open or expired invitation; the old link stops working. */
    @Transactional
    @PreAuthorize("hasRole('REGION_ADMIN')")
    public IssuedInvitation resend(UUID invitationId, long expectedVersion, String baseUrl) {
        Invitation invitation = own(invitationId, expectedVersion);
        Instant now = clock.instant();
        InvitationStatus status = invitation.statusAt(now);
        if (status == InvitationStatus.ACCEPTED) {
            throw new InvitationException("admin.invite.error.accepted");
        }
        String token = InvitationTokens.newToken();
        invitation.renew(InvitationTokens.hash(token), now.plus(validFor));
        rows.saveAndFlush(invitation);
        return send(invitation, regions.find(invitation.getRegionId()).orElseThrow(), token, baseUrl, now);
    }

    @Transactional
    @PreAuthorize("hasRole('REGION_ADMIN')")
    public InvitationSummary revoke(UUID invitationId, long expectedVersion) {
        Invitation invitation = own(invitationId, expectedVersion);
        Instant now = clock.instant();
        if (invitation.statusAt(now) == InvitationStatus.ACCEPTED) {
            throw new InvitationException("admin.invite.error.accepted");
        }
        invitation.revoke(now);
        return rows.saveAndFlush(invitation).summary(now);
    }

    /** The current region's invitations, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('REGION_ADMIN')")
    public List<InvitationSummary> ofRegion() {
        Instant now = clock.instant();
        return rows.findByRegionIdOrderByCreatedAtDesc(TenantContext.require()).stream()
                .map(i -> i.summary(now)).toList();
    }

    /** For the (anonymous) invitation page. Unknown tokens look like revoked ones. */
    @Transactional(readOnly = true)
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
        return new InvitationLanding(status, invitation.getEmail(), invitation.getDisplayName(), region.getName(),
                region.getCode(), providers.forRegionCode(region.getCode()).isPresent());
    }

    /** Accepts with a new password; returns the e-mail address to log in with. The link is then used up. */
    @Transactional
    public String acceptWithPassword(String token, String password, String repeated) {
        Invitation invitation = usable(token);
        if (password == null || password.length() < MIN_PASSWORD || password.isBlank()) {
            throw new InvitationException("admin.accept.error.short");
        }
        if (!password.equals(repeated)) {
            throw new InvitationException("admin.accept.error.repeat");
        }
        if (password.toLowerCase(Locale.ROOT).contains(invitation.getEmail().split("@")[0])) {
            throw new InvitationException("admin.accept.error.email");
        }
        AccountSummary account = join(invitation);
        accounts.setPassword(account.id(), password);
        return account.email();
    }

    /** Accepts for a login through the region's identity provider; returns the region code to log in with. */
    @Transactional
    public String acceptForIdentityProvider(String token) {
        Invitation invitation = usable(token);
        Region region = regions.find(invitation.getRegionId()).orElseThrow();
        if (providers.forRegionCode(region.getCode()).isEmpty()) {
            throw new InvitationException("admin.accept.error.noProvider");
        }
        join(invitation);
        return region.getCode();
    }

    private AccountSummary join(Invitation invitation) {
        AccountSummary account = accounts.findOrCreate(invitation.getEmail(), invitation.getDisplayName());
        accounts.activate(account.id());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(invitation.roles());
        Set<UUID> schoolsOfStaff = new java.util.HashSet<>(invitation.schoolIds());
        accounts.membersOf(invitation.getRegionId()).stream().filter(m -> m.accountId().equals(account.id()))
                .findFirst().ifPresent((RegionMember m) -> {
                    roles.addAll(m.roles());
                    schoolsOfStaff.addAll(m.schoolIds());
                });
        accounts.changeRoles(account.id(), invitation.getRegionId(), roles, schoolsOfStaff);
        invitation.accept(clock.instant());
        rows.saveAndFlush(invitation);
        return account;
    }

    private Invitation usable(String token) {
        Invitation invitation = byToken(token).orElseThrow(() -> new InvitationException("admin.accept.error.REVOKED"));
        InvitationStatus status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.OPEN || !regions.isActive(invitation.getRegionId())) {
            throw new InvitationException("admin.accept.error." + (status == InvitationStatus.OPEN ? "REVOKED"
                    : status.name()));
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
        String link = baseUrl.replaceAll("/+$", "") + "/uitnodiging/" + token;
        InvitationMailer.Delivery delivery = mailer.send(invitation.getEmail(), invitation.getDisplayName(),
                region.getName(), link, invitation.summary(now).invitedBy());
        // The link leaves the server only by mail, or, with no mail server at all, to the inviter who asked
        return new IssuedInvitation(invitation.summary(now),
                delivery == InvitationMailer.Delivery.NO_MAIL_SERVER ? link : null,
                delivery == InvitationMailer.Delivery.MAILED);
    }
}
