package nl.uitzicht.opp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.ParentOnly;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.parent.OwnPlanAccess;
import nl.uitzicht.parent.ParentChild;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupil's own plan ("mijn plan", issue 15 point 4, ADR 0087), on the account of a parent whose child
 * the school lets in: what the pupil is good at, what they want to learn, what helps them, and their own
 * words: their view before a conversation and their goals as they say them (hoorrecht). Every call checks
 * the parent link and the school's permission in the database ({@link OwnPlanAccess#requireOpen}); every
 * read and every word is in the plan's audit trail, marked as the pupil's (on the parent's account). What the pupil says is kept as
 * they said it: staff read it in the plan's pupil's-view part, and nobody changes it.
 */
@Service
@Transactional
public class PupilOwnPlans {

    static final int WORDS_MAX = 2000;

    private final OppAccess access;
    private final OwnPlanAccess ownPlans;
    private final PupilWordRows words;
    private final AuditLog audit;

    PupilOwnPlans(OppAccess access, OwnPlanAccess ownPlans, PupilWordRows words, AuditLog audit) {
        this.access = access;
        this.ownPlans = ownPlans;
        this.words = words;
        this.audit = audit;
    }

    /** The pupil's own plan as it stands, or empty while the school shares none yet. */
    @ParentOnly
    public Optional<PupilCopy> plan(ParentScope scope, UUID pupilId) {
        ParentChild child = ownPlans.requireOpen(scope, pupilId);
        Optional<Opp> shared = access.sharedWithFamily(pupilId);
        shared.ifPresent(opp ->
                audit.record(scope.actor(), AuditAction.VIEW, OppAccess.AUDIT_SUBJECT, opp.getId(), "pupil: own plan"));
        return shared.map(opp -> copy(child, opp));
    }

    /** The pupil's view before the next conversation, in their own words. */
    @ParentOnly
    public PupilWord addView(ParentScope scope, UUID oppId, String text) {
        return add(scope, oppId, null, text);
    }

    /** One of the plan's goals as the pupil says it. */
    @ParentOnly
    public PupilWord addGoalWords(ParentScope scope, UUID oppId, UUID goalKey, String text) {
        return add(scope, oppId, goalKey, text);
    }

    /** For staff in the OPP: everything the pupil said in their own plan, newest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<PupilWord> ofPlan(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        return words.findByOppIdOrderByWrittenAtDesc(opp.getId()).stream()
                .map(PupilWordRecord::view)
                .toList();
    }

    private PupilWord add(ParentScope scope, UUID oppId, @Nullable UUID goalKey, String text) {
        Opp opp = access.opps().findById(oppId).orElseThrow(OutOfScopeException::new);
        ownPlans.requireOpen(scope, opp.getPupilId());
        Opp shared = access.sharedWithFamily(opp.getPupilId())
                .filter(o -> o.getId().equals(oppId))
                .orElseThrow(OutOfScopeException::new);
        if (!shared.getState().open()) {
            throw new NotEditableException(shared.getState());
        }
        if (goalKey != null && access.current(shared).content().goal(goalKey).isEmpty()) {
            throw new OutOfScopeException();
        }
        String body = InvalidInput.text(goalKey == null ? "view" : "goal", text, WORDS_MAX, true);
        PupilWordRecord word = words.saveAndFlush(new PupilWordRecord(
                oppId, shared.getCurrentVersionNo(), goalKey, body, scope.accountId(), scope.name(), access.now()));
        audit.record(
                scope.actor(),
                AuditAction.CREATE,
                OppAccess.AUDIT_SUBJECT,
                oppId,
                goalKey == null ? "pupil: view" : "pupil: goal in own words");
        return word.view();
    }

    private PupilCopy copy(ParentChild child, Opp opp) {
        OppContent content = access.current(opp).content();
        List<PupilWord> said = words.findByOppIdOrderByWrittenAtDesc(opp.getId()).stream()
                .map(PupilWordRecord::view)
                .toList();
        Map<UUID, String> newestPerGoal = new HashMap<>();
        List<PupilWord> views = new ArrayList<>();
        for (PupilWord w : said) {
            if (w.goalKey() == null) {
                views.add(w);
            } else {
                newestPerGoal.putIfAbsent(w.goalKey(), w.body());
            }
        }
        return new PupilCopy(
                opp.getId(),
                child.pupilId(),
                child.pupilName(),
                opp.getState(),
                content.versionNo(),
                content.factors(FactorKind.HELPING).stream()
                        .map(Factor::description)
                        .toList(),
                content.handelingsdeel().goals().stream()
                        .map(g -> new PupilCopy.MyGoal(
                                g.key(), g.description(), g.targetOn(), newestPerGoal.get(g.key())))
                        .toList(),
                content.handelingsdeel().interventions().stream()
                        .map(i -> new PupilCopy.MyHelp(i.description(), i.performer(), i.frequency()))
                        .toList(),
                views);
    }
}
