package nl.uitzicht.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.AnalystsOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.RegionMembership;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppReviewCopies;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring rounds. The independence rule lives here, not in a view: a rater reads only their own
 * scores until they have submitted; only then (or as the organiser who does not rate) the
 * comparison. Consensus is recorded once every rater has submitted.
 */
@Service
@Transactional
@AnalystsOnly
public class ScoringRounds {

    static final String AUDIT_SUBJECT = "SCORING_ROUND";
    static final int MAX_OPPS = 50;
    static final int MAX_RATERS = 20;

    private final RoundRows rounds;
    private final RaterRows raters;
    private final ScoreRows scores;
    private final ConsensusRows consensus;
    private final Checklists checklists;
    private final RoundVisibility visibility;
    private final OppReviewCopies opps;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final Clock clock;

    ScoringRounds(
            RoundRows rounds,
            RaterRows raters,
            ScoreRows scores,
            ConsensusRows consensus,
            Checklists checklists,
            RoundVisibility visibility,
            OppReviewCopies opps,
            AccountDirectory accounts,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.raters = raters;
        this.scores = scores;
        this.consensus = consensus;
        this.checklists = checklists;
        this.visibility = visibility;
        this.opps = opps;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Starts a round on some OPPs of the region with the given raters (accounts of the region). */
    public RoundSummary start(
            Analyst organiser,
            String name,
            UUID checklistId,
            List<UUID> oppIds,
            List<UUID> raterAccountIds,
            int divergenceThreshold) {
        Checklists.requireOrganiser(organiser);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new InvalidInput("name", "analysis.error.roundName");
        }
        if (divergenceThreshold < 1 || divergenceThreshold > ChecklistItem.MAX_SCORE) {
            throw new InvalidInput("threshold", "analysis.error.threshold");
        }
        Set<UUID> oppSet = new LinkedHashSet<>(oppIds);
        if (oppSet.size() > MAX_OPPS) { // none: OPPs written elsewhere are uploaded into the round (OppUploads)
            throw new InvalidInput("opps", "analysis.error.oppCount");
        }
        Set<UUID> raterSet = new LinkedHashSet<>(raterAccountIds);
        if (raterSet.size() < 2 || raterSet.size() > MAX_RATERS) {
            throw new InvalidInput("raters", "analysis.error.raterCount");
        }
        Checklist checklist = checklists.get(checklistId);
        if (!checklist.current()) {
            throw new InvalidInput("checklist", "analysis.error.checklistOutdated");
        }
        List<RoundOpp> roundOpps = new ArrayList<>();
        for (UUID oppId : oppSet) {
            UUID school = opps.schoolOfScorable(oppId)
                    .orElseThrow(() -> new InvalidInput("opps", "analysis.error.oppNotFound"));
            int version = opps.currentVersion(oppId)
                    .orElseThrow(() -> new InvalidInput("opps", "analysis.error.oppNotFound"));
            roundOpps.add(new RoundOpp(oppId, school, version));
        }
        UUID region = TenantContext.require();
        List<AccountSummary> invited = new ArrayList<>();
        for (UUID accountId : raterSet) {
            AccountSummary account = accounts.find(accountId)
                    .orElseThrow(() -> new InvalidInput("raters", "analysis.error.raterNotInRegion"));
            boolean mayRate = accounts.membershipIn(accountId, region)
                    .map(ScoringRounds::mayRate)
                    .orElse(false);
            if (!mayRate || !account.enabled()) {
                throw new InvalidInput("raters", "analysis.error.raterNotInRegion");
            }
            invited.add(account);
        }
        ScoringRound round = rounds.saveAndFlush(new ScoringRound(
                trimmed,
                checklistId,
                divergenceThreshold,
                organiser.accountId(),
                organiser.actor().name(),
                roundOpps,
                clock.instant()));
        for (AccountSummary account : invited) {
            raters.save(new Rater(round.getId(), account.id(), account.displayName()));
        }
        raters.flush();
        audit.record(
                organiser.actor(),
                AuditAction.CREATE,
                AUDIT_SUBJECT,
                round.getId(),
                roundOpps.size() + " OPPs, " + invited.size() + " raters");
        return visibility.summary(round, organiser);
    }

    private static boolean mayRate(RegionMembership m) {
        return m.has(Role.TRAINER) || m.has(Role.REGION_ADMIN) || m.has(Role.SCHOOL_STAFF);
    }

    /** The rounds the person takes part in (organisers see all rounds of the region), newest first. */
    @Transactional(readOnly = true)
    public List<RoundSummary> list(Analyst analyst) {
        Set<UUID> mine = raters.findByAccountId(analyst.accountId()).stream()
                .map(Rater::getRoundId)
                .collect(Collectors.toSet());
        return rounds.findAllByOrderByCreatedAtDesc().stream()
                .filter(r -> analyst.organiser() || mine.contains(r.getId()))
                .map(r -> visibility.summary(r, analyst))
                .toList();
    }

    @Transactional(readOnly = true)
    public RoundSummary get(Analyst analyst, UUID roundId) {
        return visibility.summary(visibility.visible(analyst, roundId), analyst);
    }

    /** The rater's own sheet: the checklist and their own scores, never anyone else's. */
    @Transactional(readOnly = true)
    public ScoreSheet sheet(Analyst analyst, UUID roundId) {
        ScoringRound round = visibility.visible(analyst, roundId);
        Rater rater = visibility.raterOf(analyst, round);
        List<OwnScore> own = scores.findByRaterId(rater.getId()).stream()
                .map(s -> new OwnScore(s.getOppId(), s.getItemCode(), s.getScore(), s.getNote()))
                .toList();
        return new ScoreSheet(visibility.summary(round, analyst), checklists.get(round.getChecklistId()), own);
    }

    /**
     * The whole plan as the reader may see it in this round (issue 18): the version the round fixed, with its
     * consent, the pupil's view and words, monitoring and evaluations ({@link RaterDossier}), pseudonymised (no
     * name, group, birth year; names taken out of the texts; no authors) unless they are staff of its school.
     * Only the round's raters and the person who started it (not every organiser of the region: they see the
     * round's progress, not its plans); audited as a read of pupil data.
     */
    public RaterDossier dossier(Analyst analyst, UUID roundId, UUID oppId) {
        ScoringRound round = visibility.visible(analyst, roundId);
        if (!round.getOrganiserId().equals(analyst.accountId())) {
            visibility.raterOf(analyst, round);
        }
        RoundOpp entry = round.opp(oppId);
        boolean identified = analyst.staffOf(entry.schoolId());
        RaterDossier dossier = opps.dossier(oppId, entry.versionNo(), identified)
                .orElseThrow(() -> new InvalidInput("opps", "analysis.error.oppNotFound"));
        audit.record(
                analyst.actor(),
                AuditAction.VIEW,
                "OPP",
                oppId,
                (identified ? "identified" : "pseudonymised") + " review of version " + entry.versionNo() + " in round "
                        + roundId);
        return dossier;
    }

    /** Sets (or changes) the rater's score for one item of one OPP, until they submit. */
    public OwnScore score(
            Analyst analyst, UUID roundId, UUID oppId, String itemCode, int value, @Nullable String note) {
        ScoringRound round = visibility.visible(analyst, roundId);
        Rater rater = visibility.raterOf(analyst, round);
        if (rater.submitted()) {
            throw new InvalidInput("round", "analysis.error.alreadySubmitted");
        }
        round.requireOpen();
        RoundOpp entry = round.opp(oppId);
        Checklist checklist = checklists.get(round.getChecklistId());
        checklist.requireScore(itemCode, value);
        String cleanNote = ScoreNote.clean(note);
        Score score = scores.findByRaterIdAndOppIdAndItemCode(rater.getId(), oppId, itemCode)
                .orElseGet(() -> new Score(round.getId(), rater.getId(), entry, itemCode));
        score.set(value, cleanNote);
        scores.saveAndFlush(score);
        return new OwnScore(oppId, itemCode, value, cleanNote);
    }

    /** Hands in the rater's scores: all items of all OPPs must be scored; after this they are fixed. */
    public RoundSummary submit(Analyst analyst, UUID roundId) {
        ScoringRound round = visibility.visible(analyst, roundId);
        Rater rater = visibility.raterOf(analyst, round);
        if (rater.submitted()) {
            throw new InvalidInput("round", "analysis.error.alreadySubmitted");
        }
        round.requireOpen();
        if (round.getOpps().isEmpty()) {
            throw new InvalidInput("round", "analysis.error.noOpps");
        }
        int expected = round.getOpps().size()
                * checklists.get(round.getChecklistId()).items().size();
        if (scores.findByRaterId(rater.getId()).size() < expected) {
            throw new InvalidInput("round", "analysis.error.incomplete");
        }
        rater.submit(clock.instant());
        raters.saveAndFlush(rater);
        audit.record(analyst.actor(), AuditAction.UPDATE, AUDIT_SUBJECT, roundId, "scores submitted");
        return visibility.summary(round, analyst);
    }

    /**
     * All submitted scores side by side. Refused ({@link ScoresHiddenException}) to a rater who has
     * not submitted, and to anyone who neither rates nor organises the round.
     */
    @Transactional(readOnly = true)
    public Comparison compare(Analyst analyst, UUID roundId) {
        Comparison comparison = comparison(analyst, roundId);
        audit.record(analyst.actor(), AuditAction.VIEW, AUDIT_SUBJECT, roundId, "comparison");
        return comparison;
    }

    /**
     * One page of the comparison's rows, in {@link #compare}'s order (OPP, then item), only the divergent
     * ones if asked: for a lazy grid, so a view keeps no rows (issue 13). Same access as {@link #compare};
     * each page read is audited.
     */
    @Transactional(readOnly = true)
    public List<Comparison.Row> compareRows(
            Analyst analyst, UUID roundId, boolean onlyDivergent, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        List<Comparison.Row> rows = rows(comparison(analyst, roundId), onlyDivergent);
        List<Comparison.Row> page =
                rows.subList(Math.min(offset, rows.size()), (int) Math.min((long) offset + limit, rows.size()));
        audit.record(
                analyst.actor(), AuditAction.VIEW, AUDIT_SUBJECT, roundId, "comparison rows " + offset + "+" + limit);
        return List.copyOf(page);
    }

    /** How many rows {@link #compareRows} has in all. */
    @Transactional(readOnly = true)
    public int compareRowCount(Analyst analyst, UUID roundId, boolean onlyDivergent) {
        return rows(comparison(analyst, roundId), onlyDivergent).size();
    }

    private static List<Comparison.Row> rows(Comparison comparison, boolean onlyDivergent) {
        return onlyDivergent
                ? comparison.rows().stream().filter(Comparison.Row::divergent).toList()
                : comparison.rows();
    }

    private Comparison comparison(Analyst analyst, UUID roundId) {
        ScoringRound round = visibility.visible(analyst, roundId);
        visibility.requireMaySeeOthers(analyst, round);
        return ComparisonTable.of(
                round,
                visibility.summary(round, analyst),
                checklists.get(round.getChecklistId()),
                raters.findByRoundIdOrderByDisplayNameAsc(roundId),
                scores.findByRoundId(roundId),
                consensus.findByRoundId(roundId));
    }

    /**
     * Records the agreed score for one item of one OPP after the discussion. Every rater must have
     * submitted. {@code expectedVersion}: {@link Comparison.Row#NO_CONSENSUS} for a first decision, else
     * the version shown (a concurrent decision is a conflict).
     */
    public void recordConsensus(
            Analyst analyst,
            UUID roundId,
            UUID oppId,
            String itemCode,
            int value,
            @Nullable String note,
            long expectedVersion) {
        ScoringRound round = visibility.visible(analyst, roundId);
        visibility.requireMaySeeOthers(analyst, round);
        round.requireOpen();
        if (!raters.findByRoundIdOrderByDisplayNameAsc(roundId).stream().allMatch(Rater::submitted)) {
            throw new InvalidInput("round", "analysis.error.notAllSubmitted");
        }
        RoundOpp opp = round.opp(oppId);
        Checklist checklist = checklists.get(round.getChecklistId());
        checklist.requireScore(itemCode, value);
        Optional<Consensus> existing = consensus.findByRoundIdAndOppIdAndItemCode(roundId, oppId, itemCode);
        long actual = existing.map(Consensus::getVersion).orElse(Comparison.Row.NO_CONSENSUS);
        if (actual != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Consensus.class, roundId);
        }
        Consensus c = existing.orElseGet(() -> new Consensus(roundId, opp, itemCode, checklist.position(itemCode)));
        c.decide(value, ScoreNote.clean(note), analyst.actor().name(), clock.instant());
        consensus.saveAndFlush(c);
        audit.record(analyst.actor(), AuditAction.UPDATE, AUDIT_SUBJECT, roundId, "consensus " + itemCode);
    }

    /** Closes the round: no more scores or consensus. Only its organiser or a region admin. */
    public RoundSummary close(Analyst analyst, UUID roundId) {
        ScoringRound round = visibility.visible(analyst, roundId);
        if (!round.getOrganiserId().equals(analyst.accountId())
                && !analyst.roles().contains(Role.REGION_ADMIN)) {
            throw new InvalidInput("round", "analysis.error.notOrganiser");
        }
        round.requireOpen();
        round.close(clock.instant());
        rounds.saveAndFlush(round);
        audit.record(analyst.actor(), AuditAction.UPDATE, AUDIT_SUBJECT, roundId, "closed");
        return visibility.summary(round, analyst);
    }
}
