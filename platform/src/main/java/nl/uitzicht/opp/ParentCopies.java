package nl.uitzicht.opp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.ParentOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.parent.ParentChild;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parents' version of their child's plan (issue 15): read-only, from the moment the school shares
 * it for consultation (a draft stays the school's). Every call checks the parent's link to the pupil in
 * the database ({@link ParentLinks#requireChild}), whatever id a page or request asks for, and every read
 * is in the plan's audit trail.
 */
@Service
@Transactional
@ParentOnly
public class ParentCopies {

    private final OppAccess access;
    private final ParentLinks links;
    private final ObservationRows observations;
    private final EvaluationRows evaluations;
    private final ParentConsentRows consents;
    private final ParentNoteRows notes;
    private final AuditLog audit;

    ParentCopies(
            OppAccess access,
            ParentLinks links,
            ObservationRows observations,
            EvaluationRows evaluations,
            ParentConsentRows consents,
            ParentNoteRows notes,
            AuditLog audit) {
        this.access = access;
        this.links = links;
        this.observations = observations;
        this.evaluations = evaluations;
        this.consents = consents;
        this.notes = notes;
        this.audit = audit;
    }

    /** The child's plan as it stands, or empty while there is none to share yet. */
    public Optional<ParentCopy> plan(ParentScope scope, UUID pupilId) {
        ParentChild child = links.requireChild(scope, pupilId);
        Optional<Opp> shared = shared(pupilId);
        shared.ifPresent(opp ->
                audit.record(scope.actor(), AuditAction.VIEW, OppAccess.AUDIT_SUBJECT, opp.getId(), "parent: plan"));
        return shared.map(opp -> copy(scope, child, opp, access.current(opp)));
    }

    /** An earlier (or the current) version of the child's shared plan. */
    public ParentCopy version(ParentScope scope, UUID pupilId, int versionNo) {
        ParentChild child = links.requireChild(scope, pupilId);
        Opp opp = shared(pupilId).orElseThrow(OutOfScopeException::new);
        OppVersion version = access.version(opp, versionNo);
        audit.record(
                scope.actor(), AuditAction.VIEW, OppAccess.AUDIT_SUBJECT, opp.getId(), "parent: version " + versionNo);
        return copy(scope, child, opp, version);
    }

    /** The plan the parent may see: the newest one that is past its draft. */
    private Optional<Opp> shared(UUID pupilId) {
        return access.sharedWithFamily(pupilId);
    }

    private ParentCopy copy(ParentScope scope, ParentChild child, Opp opp, OppVersion version) {
        OppContent content = version.content();
        String currentHash = HandelingsdeelHash.of(access.current(opp).content().handelingsdeel());
        List<ParentVersion> versions = access.versions().findByOppIdOrderByVersionNoDesc(opp.getId()).stream()
                .map(OppVersion::content)
                .map(c -> new ParentVersion(c.versionNo(), c.createdAt(), c.consentedOn()))
                .toList();
        ParentConsent mine = consents.findByOppIdAndAccountIdOrderByGivenAtDesc(opp.getId(), scope.accountId()).stream()
                .findFirst()
                .map(c -> c.view(currentHash))
                .orElse(null);
        return new ParentCopy(
                opp.getId(),
                child.pupilId(),
                child.pupilName(),
                opp.getState(),
                content,
                currentHash,
                observations.findByOppIdOrderByObservedOnDescRecordedAtDesc(opp.getId()).stream()
                        .map(ObservationRecord::view)
                        .toList(),
                evaluations.findByOppIdOrderByVersionNoDesc(opp.getId()).stream()
                        .map(EvaluationRecord::view)
                        .toList(),
                versions,
                mine,
                notes.findByOppIdAndAccountIdOrderByWrittenAtDesc(opp.getId(), scope.accountId()).stream()
                        .map(ParentNoteRecord::view)
                        .toList());
    }
}
