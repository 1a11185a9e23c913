package nl.uitzicht.buddy;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.TrainerOnly;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.AchterbanOverview;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.RegionMembers;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.trainer.BuddyRules;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.Checks;
import nl.uitzicht.trainer.NotYoursException;
import nl.uitzicht.trainer.TrainerProfiles;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buddy pairing between trainers of one region: ask, accept or decline, end; the shared mission
 * and approach; each other's progress (counts and status only); and feedback, which the other sees
 * at once as a notice in their open app.
 */
@Service
@Transactional
@TrainerOnly
public class Buddies {

    private final BuddyPairs pairs;
    private final BuddyFeedbacks feedback;
    private final RegionMembers members;
    private final AccountDirectory accounts;
    private final BuddyRules rules;
    private final AchterbanOverview overview;
    private final AchterbanMap achterban;
    private final TrainerProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Buddies(
            BuddyPairs pairs,
            BuddyFeedbacks feedback,
            RegionMembers members,
            AccountDirectory accounts,
            BuddyRules rules,
            AchterbanOverview overview,
            AchterbanMap achterban,
            TrainerProfiles profiles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.pairs = pairs;
        this.feedback = feedback;
        this.members = members;
        this.accounts = accounts;
        this.rules = rules;
        this.overview = overview;
        this.achterban = achterban;
        this.profiles = profiles;
        this.events = events;
    }

    /** Asks {@code partnerId} to be the buddy of {@code requesterId}. */
    public BuddyPairView request(@CallerId UUID requesterId, UUID partnerId, @Nullable String message) {
        if (requesterId.equals(partnerId)) {
            throw new InvalidInput("partner", "buddy.validation.self");
        }
        UUID region = TenantContext.require();
        if (!members.holds(requesterId, region, Role.TRAINER)) {
            throw new InvalidInput("partner", "buddy.validation.notATrainer");
        }
        if (!members.holds(partnerId, region, Role.TRAINER)) {
            throw new InvalidInput("partner", "buddy.validation.notInRegion");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.maxLength(errors, "message", message, 500);
        Checks.throwIfAny(errors);
        List<BuddyPair> open = pairs.open();
        if (open.stream().anyMatch(p -> p.involves(requesterId) && p.involves(partnerId))) {
            throw new InvalidInput("partner", "buddy.validation.alreadyPaired");
        }
        checkRoomFor(requesterId, partnerId, pairs.active());
        return view(pairs.saveAndFlush(new BuddyPair(requesterId, partnerId, message, clock.instant())), requesterId);
    }

    /** The asked trainer accepts: the pairing becomes active. */
    public BuddyPairView accept(@CallerId UUID trainerId, UUID pairId) {
        BuddyPair pair = askedOf(trainerId, pairId);
        checkRoomFor(pair.getPartnerId(), pair.getRequesterId(), pairs.active());
        pair.accept(clock.instant());
        return view(pairs.saveAndFlush(pair), trainerId);
    }

    /** The asked trainer declines. */
    public BuddyPairView decline(@CallerId UUID trainerId, UUID pairId) {
        BuddyPair pair = askedOf(trainerId, pairId);
        pair.decline(clock.instant());
        return view(pairs.saveAndFlush(pair), trainerId);
    }

    /** Either trainer ends an active pairing (or withdraws an open request). */
    public BuddyPairView end(@CallerId UUID trainerId, UUID pairId) {
        BuddyPair pair = partyOf(trainerId, pairId);
        if (!pair.getStatus().open()) {
            throw new ChangedMeanwhileException("Buddy pairing");
        }
        pair.end(clock.instant());
        return view(pairs.saveAndFlush(pair), trainerId);
    }

    @Transactional(readOnly = true)
    public List<BuddyPairView> pairsOf(@CallerId UUID trainerId) {
        Map<UUID, String> names = new HashMap<>();
        return pairs.of(trainerId).stream()
                .map(p -> p.viewFor(trainerId, names.computeIfAbsent(p.otherThan(trainerId), this::nameOf)))
                .toList();
    }

    /** Either buddy edits the shared mission and approach of an active pairing. */
    public BuddyPairView share(
            @CallerId UUID trainerId, UUID pairId, long version, @Nullable String mission, @Nullable String approach) {
        BuddyPair pair = activeOf(trainerId, pairId);
        if (pair.getVersion() != version) {
            throw new ChangedMeanwhileException("Buddy pairing");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.maxLength(errors, "mission", mission, 2000);
        Checks.maxLength(errors, "approach", approach, 2000);
        Checks.throwIfAny(errors);
        pair.share(mission, approach);
        return view(pairs.saveAndFlush(pair), trainerId);
    }

    /** The buddy's progress: counts, stakeholders' names and status, two-year hope. Never private notes. */
    @Transactional(readOnly = true)
    public BuddyInsight insight(@CallerId UUID trainerId, UUID pairId) {
        BuddyPair pair = activeOf(trainerId, pairId);
        UUID buddy = pair.otherThan(trainerId);
        return new BuddyInsight(
                nameOf(buddy), overview.progressOf(buddy), achterban.sharedOf(buddy), profiles.of(buddy));
    }

    public FeedbackView giveFeedback(@CallerId UUID authorId, UUID pairId, @Nullable String text) {
        BuddyPair pair = activeOf(authorId, pairId);
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "text", text, 2000);
        Checks.throwIfAny(errors);
        UUID recipient = pair.otherThan(authorId);
        FeedbackView saved = feedback.save(new BuddyFeedback(pairId, authorId, recipient, text, clock.instant()))
                .view();
        events.publishEvent(
                new FeedbackGiven(TenantContext.require(), pairId, recipient, nameOf(authorId), saved.text()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<FeedbackView> feedbackOf(@CallerId UUID trainerId, UUID pairId) {
        partyOf(trainerId, pairId);
        return feedback.ofPair(pairId).stream().map(BuddyFeedback::view).toList();
    }

    /** For the region admin: how many pairings are active and how many requests wait. Counts only. */
    @Transactional(readOnly = true)
    @RegionAdminOnly
    public BuddyRegionSummary regionSummary() {
        List<BuddyPair> open = pairs.open();
        int active = (int)
                open.stream().filter(p -> p.getStatus() == BuddyStatus.ACTIVE).count();
        return new BuddyRegionSummary(active, open.size() - active, (int) feedback.count());
    }

    private void checkRoomFor(UUID trainer, UUID other, List<BuddyPair> active) {
        int max = rules.maxActiveBuddies();
        if (active.stream().filter(p -> p.involves(trainer)).count() >= max) {
            throw new InvalidInput("partner", "buddy.validation.limitReached");
        }
        if (active.stream().filter(p -> p.involves(other)).count() >= max) {
            throw new InvalidInput("partner", "buddy.validation.partnerLimitReached");
        }
    }

    private BuddyPair partyOf(UUID trainerId, UUID pairId) {
        BuddyPair pair = pairs.findById(pairId).orElseThrow(() -> new ChangedMeanwhileException("Buddy pairing"));
        if (!pair.involves(trainerId)) {
            throw new NotYoursException("Buddy pairing");
        }
        return pair;
    }

    private BuddyPair askedOf(UUID trainerId, UUID pairId) {
        BuddyPair pair = partyOf(trainerId, pairId);
        if (!pair.getPartnerId().equals(trainerId)) {
            throw new NotYoursException("Buddy request");
        }
        if (pair.getStatus() != BuddyStatus.REQUESTED) {
            throw new ChangedMeanwhileException("Buddy request");
        }
        return pair;
    }

    private BuddyPair activeOf(UUID trainerId, UUID pairId) {
        BuddyPair pair = partyOf(trainerId, pairId);
        if (pair.getStatus() != BuddyStatus.ACTIVE) {
            throw new NotYoursException("Buddy pairing");
        }
        return pair;
    }

    private BuddyPairView view(BuddyPair pair, UUID trainerId) {
        return pair.viewFor(trainerId, nameOf(pair.otherThan(trainerId)));
    }

    private String nameOf(UUID accountId) {
        return accounts.find(accountId).map(AccountSummary::displayName).orElse("?");
    }
}
