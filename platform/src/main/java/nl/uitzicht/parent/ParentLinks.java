package nl.uitzicht.parent;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.uitzicht.access.ParentOnly;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read which pupil's plans as a parent. The pupil's school invites (at most two parents per
 * pupil), the parent activates, the school can take the access away at any moment: a revoked parent
 * loses the pupil at their next request, and the region too when no child is left there. Every change
 * is in the pupil's audit trail.
 */
@Service
@Transactional
public class ParentLinks {

    /** The audit subject of the parents' access to a pupil (the pupil's own id). */
    public static final String AUDIT_SUBJECT = PupilRegister.AUDIT_SUBJECT;

    static final int MAX_PER_PUPIL = 2;

    private final ParentLinkRows rows;
    private final PupilRegister pupils;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final Clock clock;

    ParentLinks(ParentLinkRows rows, PupilRegister pupils, AccountDirectory accounts, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.pupils = pupils;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The parents of a pupil of the staff member's schools, invited, active and revoked. */
    @StaffOnly
    public List<ParentAccess> ofPupil(StaffScope scope, UUID pupilId) {
        pupils.requireInScope(scope, pupilId);
        audit.record(scope.actor(), AuditAction.VIEW, AUDIT_SUBJECT, pupilId, "parents");
        return rows.findByPupilIdOrderByCreatedAtAsc(pupilId).stream()
                .map(ParentLink::access)
                .toList();
    }

    /**
     * Records that the school invited this parent for the pupil (the invitation itself is
     * {@code nl.uitzicht.invitation.ParentInvitations}'s). At most two parents per pupil at a time.
     */
    @StaffOnly
    public ParentAccess invited(StaffScope scope, UUID pupilId, UUID invitationId, String email, String name) {
        PupilSummary pupil = pupils.requireInScope(scope, pupilId);
        String address = email.trim().toLowerCase(Locale.ROOT);
        List<ParentLink> current = rows.findByPupilIdOrderByCreatedAtAsc(pupilId).stream()
                .filter(l -> l.getStatus() != ParentLinkStatus.REVOKED)
                .toList();
        if (current.stream().anyMatch(l -> l.getEmail().equals(address))) {
            throw new InvalidInput("email", "parent.invite.error.already");
        }
        if (current.size() >= MAX_PER_PUPIL) {
            throw new InvalidInput("email", "parent.invite.error.two");
        }
        ParentLink link = rows.saveAndFlush(new ParentLink(
                pupilId, pupil.schoolId(), pupil.name(), address, name, invitationId, scope.name(), clock.instant()));
        audit.record(scope.actor(), AuditAction.CREATE, AUDIT_SUBJECT, pupilId, "parent invited: " + address);
        return link.access();
    }

    /**
     * The parent activated their invitation (run as the system by the activation, with the invitation's
     * region bound): the link opens for the account. Refused when the school revoked it meanwhile.
     */
    @SystemOnly
    public ParentChild activated(UUID invitationId, UUID accountId, String accountName) {
        ParentLink link = rows.findByInvitationId(invitationId).orElseThrow(OutOfScopeException::new);
        if (link.getStatus() != ParentLinkStatus.INVITED) {
            throw new OutOfScopeException();
        }
        link.activate(accountId, clock.instant());
        rows.saveAndFlush(link);
        audit.record(
                new Actor(accountId, accountName),
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                link.getPupilId(),
                "parent access activated");
        return link.child();
    }

    /**
     * Takes a parent's access to the pupil away (or the invitation back). An open session of that parent
     * loses the pupil at its next request; without another child in the region it loses the region.
     */
    @StaffOnly
    public ParentAccess revoke(StaffScope scope, UUID linkId, long expectedVersion) {
        ParentLink link = rows.findById(linkId).orElseThrow(OutOfScopeException::new);
        scope.check(link.getSchoolId());
        pupils.requireInScope(scope, link.getPupilId());
        if (link.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ParentLink.class, linkId);
        }
        if (link.getStatus() == ParentLinkStatus.REVOKED) {
            return link.access();
        }
        link.revoke(scope.name(), clock.instant());
        try {
            rows.saveAndFlush(link);
        } catch (OptimisticLockingFailureException e) {
            throw new ObjectOptimisticLockingFailureException(ParentLink.class, linkId);
        }
        UUID account = link.getAccountId();
        if (account != null) {
            boolean anyLeft = !rows.findByAccountIdAndStatusOrderByPupilNameAsc(account, ParentLinkStatus.ACTIVE)
                    .isEmpty();
            accounts.parentAccessChanged(account, TenantContext.require(), anyLeft);
        }
        audit.record(
                scope.actor(),
                AuditAction.DELETE,
                AUDIT_SUBJECT,
                link.getPupilId(),
                "parent access revoked: " + link.getEmail());
        return link.access();
    }

    /** The pupils this parent may read in the bound region, by name. */
    @ParentOnly
    @Transactional(readOnly = true)
    public List<ParentChild> children(ParentScope scope) {
        return rows.findByAccountIdAndStatusOrderByPupilNameAsc(scope.accountId(), ParentLinkStatus.ACTIVE).stream()
                .map(ParentLink::child)
                .toList();
    }

    /**
     * The pupil, if this parent has an active link to it in the bound region; otherwise
     * {@link OutOfScopeException}, the same for a pupil of someone else, a revoked one and an id that
     * does not exist. Every parent read of pupil data goes through here.
     */
    @ParentOnly
    @Transactional(readOnly = true)
    public ParentChild requireChild(ParentScope scope, UUID pupilId) {
        return rows.findByAccountIdAndPupilIdAndStatus(scope.accountId(), pupilId, ParentLinkStatus.ACTIVE)
                .map(ParentLink::child)
                .orElseThrow(OutOfScopeException::new);
    }

    /** The parents with active access to the pupil (not invited, not revoked): whom a notice is mailed to. */
    @SystemOnly
    @Transactional(readOnly = true)
    public List<ParentRecipient> activeParentsOf(UUID pupilId) {
        return rows.findByPupilIdOrderByCreatedAtAsc(pupilId).stream()
                .filter(l -> l.getStatus() == ParentLinkStatus.ACTIVE)
                .map(ParentLink::recipient)
                .flatMap(java.util.Optional::stream)
                .toList();
    }
}
