package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.ParentOnly;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What parents say in the portal: their view and questions before the conversation, and their digital
 * answer on the handelingsdeel (consent, or disagreement with a reason), bound to the version and the
 * content hash of the handelingsdeel they read. A changed handelingsdeel no longer matches: the parent
 * is asked again. Withdrawing is possible at any time. The paper route (staff record the consent
 * conversation, {@link OppWorkflow#recordConversation}) stays as it is; staff see both here.
 */
@Service
@Transactional
public class ParentAnswers {

    static final int NOTE_MAX = 2000;

    private final OppAccess access;
    private final ParentLinks links;
    private final ParentConsentRows consents;
    private final ParentNoteRows notes;
    private final AuditLog audit;

    ParentAnswers(
            OppAccess access, ParentLinks links, ParentConsentRows consents, ParentNoteRows notes, AuditLog audit) {
        this.access = access;
        this.links = links;
        this.consents = consents;
        this.notes = notes;
        this.audit = audit;
    }

    /** A view or question on the plan, for the next conversation. */
    @ParentOnly
    public ParentNote addNote(ParentScope scope, UUID oppId, ParentNoteKind kind, String text) {
        Opp opp = own(scope, oppId);
        if (opp.getState() == OppState.CLOSED) {
            throw new NotEditableException(opp.getState());
        }
        String body = InvalidInput.text("note", text, NOTE_MAX, true);
        ParentNoteRecord note = notes.saveAndFlush(new ParentNoteRecord(
                oppId, opp.getCurrentVersionNo(), scope.accountId(), scope.name(), kind, body, access.now()));
        audit.record(scope.actor(), AuditAction.CREATE, OppAccess.AUDIT_SUBJECT, oppId, "parent: " + kind);
        return note.view();
    }

    /**
     * The parent's answer on the handelingsdeel of {@code versionNo}, whose content hash they read as
     * {@code handelingsdeelHash}. Refused when the plan moved on or the handelingsdeel changed meanwhile
     * (the page shows the new one), and when the school does not ask for an answer.
     */
    @ParentOnly
    public ParentConsent answer(
            ParentScope scope,
            UUID oppId,
            int versionNo,
            String handelingsdeelHash,
            ParentConsentOutcome outcome,
            String reason) {
        Opp opp = own(scope, oppId);
        if (opp.getState() != OppState.AWAITING_CONSENT && opp.getState() != OppState.ACTIVE) {
            throw new InvalidInput("consent", "parent.consent.error.notAsked");
        }
        String currentHash = HandelingsdeelHash.of(access.current(opp).content().handelingsdeel());
        if (versionNo != opp.getCurrentVersionNo() || !currentHash.equals(handelingsdeelHash)) {
            throw new InvalidInput("consent", "parent.consent.error.changed");
        }
        String why = InvalidInput.text("reason", reason, NOTE_MAX, outcome == ParentConsentOutcome.NO_CONSENT);
        consents.findByOppIdAndAccountIdOrderByGivenAtDesc(oppId, scope.accountId())
                .forEach(earlier -> earlier.withdraw(access.now()));
        ParentConsentRecord given = consents.saveAndFlush(new ParentConsentRecord(
                oppId, versionNo, currentHash, scope.accountId(), scope.name(), outcome, why, access.now()));
        audit.record(
                scope.actor(),
                AuditAction.CONSENT,
                OppAccess.AUDIT_SUBJECT,
                oppId,
                "parent: " + outcome + " on version " + versionNo);
        return given.view(currentHash);
    }

    /** Withdraws the parent's own answer (consent or disagreement). */
    @ParentOnly
    public ParentConsent withdraw(ParentScope scope, UUID consentId) {
        ParentConsentRecord record = consents.findById(consentId)
                .filter(c -> c.getAccountId().equals(scope.accountId()))
                .orElseThrow(OutOfScopeException::new);
        Opp opp = own(scope, record.getOppId());
        record.withdraw(access.now());
        consents.flush();
        audit.record(scope.actor(), AuditAction.CONSENT, OppAccess.AUDIT_SUBJECT, opp.getId(), "parent: withdrawn");
        return record.view(HandelingsdeelHash.of(access.current(opp).content().handelingsdeel()));
    }

    /** For staff in the OPP: every parent's answers (whether each still holds) and notes, newest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public ParentVoices ofPlan(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        String currentHash = HandelingsdeelHash.of(access.current(opp).content().handelingsdeel());
        List<ParentConsent> answers = consents.findByOppIdOrderByGivenAtDesc(oppId).stream()
                .map(c -> c.view(currentHash))
                .toList();
        List<ParentNote> written = notes.findByOppIdOrderByWrittenAtDesc(oppId).stream()
                .map(ParentNoteRecord::view)
                .toList();
        return new ParentVoices(answers, written);
    }

    /** The plan, if it is shared with parents and this parent has an active link to its pupil. */
    private Opp own(ParentScope scope, UUID oppId) {
        Opp opp = access.opps().findById(oppId).orElseThrow(OutOfScopeException::new);
        links.requireChild(scope, opp.getPupilId());
        if (opp.getState() == OppState.DRAFT) {
            throw new OutOfScopeException();
        }
        return opp;
    }
}
