package nl.uitzicht.reminder;

import java.util.List;
import java.util.Map;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.mail.Delivery;
import nl.uitzicht.mail.Mailbox;
import nl.uitzicht.mail.OutgoingMail;
import nl.uitzicht.opp.ParentsAsked;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentRecipient;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the parents with access to a pupil when the school asks them to take part ({@link ParentsAsked}):
 * only after the step is committed (a rolled-back step mails nobody), never inside its transaction. The mail
 * holds no content of the plan, only a link to the portal (ADR 0084). Without a mail server nothing is sent;
 * a failure is logged and never reaches the staff member who took the step.
 */
@Component
class ParentNotices {

    private static final Logger log = LoggerFactory.getLogger(ParentNotices.class);

    private final ParentLinks links;
    private final ReminderSettingsLookup preferences;
    private final AuditLog audit;
    private final SystemWork system;
    private final TransactionTemplate ownTransaction;
    private final Mailbox mailbox;
    private final ReminderLinks addresses;

    ParentNotices(
            ParentLinks links,
            ReminderSettingsLookup preferences,
            AuditLog audit,
            SystemWork system,
            PlatformTransactionManager transactions,
            Mailbox mailbox,
            ReminderLinks addresses) {
        this.links = links;
        this.preferences = preferences;
        this.audit = audit;
        this.system = system;
        this.ownTransaction = new TransactionTemplate(transactions);
        // after the commit the step's connection may still be bound: read in a transaction of our own
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.mailbox = mailbox;
        this.addresses = addresses;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void parentsAsked(ParentsAsked event) {
        if (!mailbox.configured()) {
            return;
        }
        try {
            List<ParentRecipient> parents = TenantContext.callAs(
                    event.regionId(), () -> system.call(() -> ownTransaction.execute(status -> recipients(event))));
            if (parents == null) {
                return;
            }
            Map<java.util.UUID, ReminderSettings> settings = preferences.settingsOf(
                    parents.stream().map(ParentRecipient::accountId).toList());
            for (ParentRecipient parent : parents) {
                Delivery delivery = mailbox.send(mail(parent, settings.get(parent.accountId()), event.occasion()));
                if (delivery == Delivery.FAILED) {
                    log.warn("Notice {} for a parent of OPP {} not sent", event.occasion(), event.oppId());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Parents of OPP {} could not be told ({}): {}", event.oppId(), event.occasion(), e.toString());
        }
    }

    /** The parents to tell, with an audit record on the pupil (a notice by mail is a use of the parent link). */
    private List<ParentRecipient> recipients(ParentsAsked event) {
        List<ParentRecipient> parents = links.activeParentsOf(event.pupilId());
        if (!parents.isEmpty()) {
            audit.record(
                    Actor.SYSTEM,
                    AuditAction.VIEW,
                    ParentLinks.AUDIT_SUBJECT,
                    event.pupilId(),
                    "parents mailed: " + event.occasion() + " (" + parents.size() + ")");
        }
        return parents;
    }

    private OutgoingMail mail(ParentRecipient parent, ReminderSettings settings, ParentsAsked.Occasion occasion) {
        MailTexts texts = MailTexts.in(settings.language());
        String text = texts.text("parent.greeting", parent.displayName()) + "\n\n"
                + texts.text("parent.body." + occasion.name()) + "\n\n"
                + texts.text("parent.open", addresses.parentPortal()) + "\n\n"
                + "--\n" + texts.text("parent.footer") + "\n";
        return new OutgoingMail(parent.email(), texts.text("parent.subject." + occasion.name()), text, "Parent notice");
    }
}
