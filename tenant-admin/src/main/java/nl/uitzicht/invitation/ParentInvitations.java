package nl.uitzicht.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.LocalAccountAuthenticationProvider;
import nl.uitzicht.identity.MailCodes;
import nl.uitzicht.identity.PasswordPolicy;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.mail.Delivery;
import nl.uitzicht.parent.ParentAccess;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parents and guardians brought in by their child's school (issue 15, ADR 0079). Staff of the pupil's
 * school invite at most two parents by e-mail; the single-use link (as for staff, ADR 0021: only its hash
 * is stored) opens the parent's own activation page, where they choose a password <em>and</em> link an
 * authenticator app: a parent account never exists without a second factor. An address that already has
 * an account proves it with its own password (and its own second factor if it has one), never a new one
 * (ADR 0024). Activating opens the pupil through a parent link ({@link ParentLinks}).
 */
@Service
public class ParentInvitations {

    private final InvitationRows rows;
    private final ParentLinks links;
    private final PupilRegister pupils;
    private final AccountDirectory accounts;
    private final SecondFactors secondFactors;
    private final MailCodes mailCodes;
    private final PasswordPolicy passwordPolicy;
    private final LocalAccountAuthenticationProvider login;
    private final RegionDirectory regions;
    private final InvitationMailer mailer;
    private final SystemWork systemWork;
    private final TransactionTemplate tx;
    private final Duration validFor;
    private final @Nullable String publicUrl;
    private final Clock clock;

    ParentInvitations(
            InvitationRows rows,
            ParentLinks links,
            PupilRegister pupils,
            AccountDirectory accounts,
            SecondFactors secondFactors,
            MailCodes mailCodes,
            PasswordPolicy passwordPolicy,
            LocalAccountAuthenticationProvider login,
            RegionDirectory regions,
            InvitationMailer mailer,
            SystemWork systemWork,
            PlatformTransactionManager transactions,
            @Value("${uitzicht.invitations.valid-for:P7D}") Duration validFor,
            @Value("${uitzicht.public-url:}") String publicUrl,
            Clock clock) {
        this.rows = rows;
        this.links = links;
        this.pupils = pupils;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.mailCodes = mailCodes;
        this.passwordPolicy = passwordPolicy;
        this.login = login;
        this.regions = regions;
        this.mailer = mailer;
        this.systemWork = systemWork;
        this.tx = new TransactionTemplate(transactions);
        this.validFor = validFor;
        this.publicUrl = publicUrl.isBlank() ? null : publicUrl.trim();
        this.clock = clock;
    }

    /** The link the school passes on, when no mail server is configured; otherwise mailed only. */
    public record IssuedParentInvitation(
            ParentAccess access, @Nullable String link, boolean mailed) {}

    /**
     * Invites a parent or guardian of a pupil of the staff member's own schools. {@code baseUrl}: the
     * app's address for the link (ignored when a public address is configured).
     */
    @StaffOnly
    public IssuedParentInvitation invite(
            StaffScope scope, UUID pupilId, String email, String displayName, String baseUrl) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String name = displayName == null ? "" : displayName.trim();
        if (!Invitations.EMAIL.matcher(address).matches() || address.length() > 200) {
            throw new InvalidInput("email", "admin.invite.error.email");
        }
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInput("name", "admin.invite.error.name");
        }
        UUID region = TenantContext.require();
        String token = InvitationTokens.newToken();
        ParentAccess access = Objects.requireNonNull(tx.execute(status -> {
            pupils.requireInScope(scope, pupilId);
            Optional<AccountSummary> existing = accounts.findByEmail(address);
            if (existing.isPresent() && existing.get().platformOperator()) {
                throw new InvalidInput("email", "admin.invite.error.operator");
            }
            Instant now = clock.instant();
            Invitation invitation = rows.save(Invitation.forParent(
                    region,
                    pupilId,
                    address,
                    name,
                    InvitationTokens.hash(token),
                    now,
                    now.plus(validFor),
                    scope.actor().id(),
                    scope.name()));
            rows.flush();
            return links.invited(scope, pupilId, invitation.getId(), address, name);
        }));
        Region named = regions.find(region).orElseThrow();
        String link = (publicUrl != null ? publicUrl : baseUrl).replaceAll("/+$", "") + "/uitnodiging/ouder/" + token;
        Delivery delivery = mailer.sendToParent(address, name, named.getName(), link);
        return new IssuedParentInvitation(
                access, delivery == Delivery.NO_MAIL_SERVER ? link : null, delivery == Delivery.MAILED);
    }

    /** For the parent's (anonymous) activation page. Unknown, used, revoked and expired tokens look alike. */
    @PreAuthorize(Allow.ANYONE) // the invitation link's token is what authorizes
    public ParentActivationLanding landing(String token) {
        return Objects.requireNonNull(tx.execute(status -> {
            Optional<Invitation> found = usable(token);
            if (found.isEmpty()) {
                return ParentActivationLanding.unusable();
            }
            Invitation invitation = found.get();
            Optional<AccountSummary> account = systemWork.call(() -> accounts.findByEmail(invitation.getEmail()));
            return new ParentActivationLanding(
                    true,
                    invitation.getEmail(),
                    invitation.getDisplayName(),
                    regions.find(invitation.getRegionId()).map(Region::getName).orElse(""),
                    account.isPresent(),
                    account.isPresent() && secondFactors.isEnabled(account.get().id()),
                    account.isPresent() && mailCodes.isEnabled(account.get().id()),
                    mailCodes.offered());
        }));
    }

    /**
     * Activates with a new account: the chosen password and the first code of the authenticator app
     * holding {@code secret} (from {@link SecondFactors#newEnrolmentFor}). All or nothing: a wrong code
     * leaves no account behind. Returns the address to log in with.
     */
    @PreAuthorize(Allow.ANYONE) // the invitation link's token, the new password and the app's code authorize
    public String activate(String token, String password, String repeated, String secret, String code, String client) {
        return activateNew(token, password, repeated, account -> {
            if (!secondFactors.enable(account.id(), secret, code, client).accepted()) {
                throw new InvalidInput("code", "parent.activate.error.code");
            }
        });
    }

    /**
     * Activates with a new account that signs in with codes by e-mail instead of an app (ADR 0088): the
     * invitation link reached this address, which proves the mailbox. Refused without a mail server.
     */
    @PreAuthorize(Allow.ANYONE) // the invitation link's token (mailed to the address) and the new password authorize
    public String activateWithMailCodes(String token, String password, String repeated, String client) {
        if (!mailCodes.offered()) {
            throw new InvitationException("parent.activate.error.noMail");
        }
        return activateNew(token, password, repeated, account -> mailCodes.enable(account.id(), client));
    }

    /** Account, membership, parent link and second factor in one transaction: all or nothing. */
    private String activateNew(
            String token, String password, String repeated, java.util.function.Consumer<AccountSummary> secondFactor) {
        Invitation found = usable(token).orElseThrow(() -> new InvitationException("parent.activate.error.unusable"));
        if (systemWork.call(() -> accounts.findByEmail(found.getEmail()).isPresent())) {
            throw new InvitationException("admin.accept.error.existing");
        }
        passwordPolicy.refusal(password, found.getEmail()).ifPresent(refusal -> {
            throw new InvalidInput("password", refusal.messageKey());
        });
        if (!password.equals(repeated)) {
            throw new InvalidInput("repeat", "admin.accept.error.repeat");
        }
        return inRegion(found, () -> {
            Invitation invitation =
                    usable(token).orElseThrow(() -> new InvitationException("parent.activate.error.unusable"));
            AccountSummary account =
                    accounts.createAccount(invitation.getEmail(), invitation.getDisplayName(), password);
            join(invitation, account);
            secondFactor.accept(account);
            return account.email();
        });
    }

    /**
     * Activates for an address that already has an account (a second child, another school or region):
     * its owner proves it with its own password (checked and throttled like a login) and the code of their
     * second factor, or links one now ({@code secret}) if they have none. Returns the address to log in with.
     */
    @PreAuthorize(Allow.ANYONE) // the token, the account's own password and a second-factor code authorize
    public String activateExisting(String token, String password, @Nullable String secret, String code, String client) {
        Invitation found = usable(token).orElseThrow(() -> new InvitationException("parent.activate.error.unusable"));
        AccountSummary account = systemWork
                .call(() -> accounts.findByEmail(found.getEmail()))
                .orElseThrow(() -> new InvitationException("admin.accept.error.noAccount"));
        if (account.platformOperator()) {
            throw new InvitationException("admin.invite.error.operator");
        }
        try {
            login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.email(), password));
        } catch (DisabledException deactivated) {
            // the password was right; a deactivated account is reactivated by joining
        } catch (AuthenticationException wrong) {
            throw new InvalidInput("password", "admin.accept.error.ownPassword");
        }
        if (secondFactors.isEnabled(account.id())) {
            // codes by e-mail: this invitation link was mailed to the same address, which proves the mailbox
            if (!mailCodes.isEnabled(account.id())
                    && !systemWork
                            .call(() -> secondFactors.verify(account.id(), code, client))
                            .accepted()) {
                throw new InvalidInput("code", "parent.activate.error.code");
            }
            return inRegion(found, () -> {
                join(
                        usable(token).orElseThrow(() -> new InvitationException("parent.activate.error.unusable")),
                        account);
                return account.email();
            });
        }
        return inRegion(found, () -> {
            join(usable(token).orElseThrow(() -> new InvitationException("parent.activate.error.unusable")), account);
            if (secret == null
                    || !secondFactors.enable(account.id(), secret, code, client).accepted()) {
                throw new InvalidInput("code", "parent.activate.error.code");
            }
            return account.email();
        });
    }

    /** Runs as the system, in one transaction with the invitation's region bound (the parent link is region data). */
    private String inRegion(Invitation invitation, java.util.function.Supplier<String> work) {
        return systemWork.call(() -> TenantContext.callAs(
                invitation.getRegionId(), () -> Objects.requireNonNull(tx.execute(status -> work.get()))));
    }

    /** The account becomes a parent in the region, and the parent link opens; the invitation is used up. */
    private void join(Invitation invitation, AccountSummary account) {
        accounts.activate(account.id());
        links.activated(invitation.getId(), account.id(), account.displayName());
        accounts.grant(account.id(), invitation.getRegionId(), Role.PARENT, java.util.Set.of());
        invitation.accept(clock.instant());
        rows.saveAndFlush(invitation);
    }

    private Optional<Invitation> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return rows.findByTokenHash(InvitationTokens.hash(token.trim()))
                .filter(Invitation::isForParent)
                .filter(i -> i.statusAt(clock.instant()) == InvitationStatus.OPEN)
                .filter(i -> regions.isActive(i.getRegionId()));
    }
}
