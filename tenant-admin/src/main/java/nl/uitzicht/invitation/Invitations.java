package nl.uitzicht.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.uitzicht.access.OperatorOnly;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.PlatformAction;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.mail.Delivery;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a region: a single-use link that expires, sent by e-mail, with which the person
 * sets a password or logs in through the region's identity provider. Only the token's hash is
 * stored. Region admins invite into their own region; the operator invites a region's first admin.
 * Accepting is {@link InvitationAcceptance}'s job.
 */
@Service
@RegionAdminOnly
public class Invitations {

    /** The audit subject of invitations. */
    public static final String AUDIT_SUBJECT = "INVITATION";

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");

    private final InvitationRows rows;
    private final AccountDirectory accounts;
    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final InvitationMailer mailer;
    private final Duration validFor;
    /** The platform's public address for links; when set, the address a request came in on is ignored. */
    private final @Nullable String publicUrl;

    private final PlatformLog log;
    private final Clock clock;

    Invitations(
            InvitationRows rows,
            AccountDirectory accounts,
            RegionDirectory regions,
            SchoolDirectory schools,
            InvitationMailer mailer,
            @Value("${uitzicht.invitations.valid-for:P7D}") Duration validFor,
            @Value("${uitzicht.public-url:}") String publicUrl,
            PlatformLog log,
            Clock clock) {
        this.clock = clock;
        this.log = log;
        this.rows = rows;
        this.accounts = accounts;
        this.regions = regions;
        this.schools = schools;
        this.mailer = mailer;
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
                throw new InvalidInput("schools", "admin.invite.error.schools");
            }
            if (schools.byIds(schoolIds).size() != schoolIds.size()) {
                throw new InvalidInput("schools", "admin.invite.error.schools");
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
            throw new InvalidInput("email", "admin.invite.error.email");
        }
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInput("name", "admin.invite.error.name");
        }
        if (roles.isEmpty() || roles.contains(Role.OPERATOR) || roles.contains(Role.PARENT)) {
            throw new InvalidInput("roles", "admin.invite.error.roles");
        }
        Region region = regions.find(regionId).orElseThrow();
        Optional<AccountSummary> existing = accounts.findByEmail(address);
        if (existing.isPresent() && existing.get().platformOperator()) {
            throw new InvalidInput("email", "admin.invite.error.operator");
        }
        if (existing.isPresent()
                && accounts.membersOf(regionId).stream()
                        .anyMatch(m -> m.accountId().equals(existing.get().id()))) {
            throw new InvalidInput("email", "admin.invite.error.member");
        }
        Instant now = clock.instant();
        if (rows.findByRegionIdOrderByCreatedAtDesc(regionId).stream()
                .anyMatch(i -> i.getEmail().equals(address) && i.statusAt(now) == InvitationStatus.OPEN)) {
            throw new InvalidInput("email", "admin.invite.error.pending");
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
                .filter(i -> !i.isForParent())
                .map(i -> i.summary(now))
                .toList();
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

    private Invitation own(UUID invitationId, long expectedVersion) {
        Invitation invitation = rows.findByIdAndRegionId(invitationId, TenantContext.require())
                .filter(i -> !i.isForParent())
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
        Delivery delivery = mailer.send(
                invitation.getEmail(),
                invitation.getDisplayName(),
                region.getName(),
                link,
                invitation.summary(now).invitedBy());
        // The link leaves the server only by mail, or, with no mail server at all, to the inviter who asked
        return new IssuedInvitation(
                invitation.summary(now),
                delivery == Delivery.NO_MAIL_SERVER ? link : null,
                delivery == Delivery.MAILED);
    }
}
