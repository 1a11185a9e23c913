package nl.uitzicht.analysis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Who sees what of a round: its raters and the region's organisers see the round, a rater sees others'
 * scores only after submitting their own (the independence rule), and what the round looks like to them.
 */
@Component
class RoundVisibility {

    private final RoundRows rounds;
    private final RaterRows raters;
    private final Checklists checklists;

    RoundVisibility(RoundRows rounds, RaterRows raters, Checklists checklists) {
        this.rounds = rounds;
        this.raters = raters;
        this.checklists = checklists;
    }

    void requireMaySeeOthers(Analyst analyst, ScoringRound round) {
        Optional<Rater> rater = raters.findByRoundIdAndAccountId(round.getId(), analyst.accountId());
        boolean allowed = rater.map(Rater::submitted).orElse(analyst.organiser());
        if (!allowed) {
            throw new ScoresHiddenException();
        }
    }

    ScoringRound visible(Analyst analyst, UUID roundId) {
        ScoringRound round =
                rounds.findById(roundId).orElseThrow(() -> new InvalidInput("round", "analysis.error.roundNotFound"));
        boolean rates =
                raters.findByRoundIdAndAccountId(roundId, analyst.accountId()).isPresent();
        if (!rates && !analyst.organiser()) {
            throw new InvalidInput("round", "analysis.error.roundNotFound");
        }
        return round;
    }

    Rater raterOf(Analyst analyst, ScoringRound round) {
        return raters.findByRoundIdAndAccountId(round.getId(), analyst.accountId())
                .orElseThrow(() -> new InvalidInput("round", "analysis.error.notRater"));
    }

    RoundSummary summary(ScoringRound round, Analyst analyst) {
        Checklist checklist = checklists.get(round.getChecklistId());
        List<Rater> all = raters.findByRoundIdOrderByDisplayNameAsc(round.getId());
        Optional<Rater> me = all.stream()
                .filter(r -> r.getAccountId().equals(analyst.accountId()))
                .findFirst();
        return new RoundSummary(
                round.getId(),
                round.getName(),
                checklist.id(),
                checklist.name(),
                checklist.versionNo(),
                round.getDivergenceThreshold(),
                round.getOpps().stream().map(RoundOpp::oppId).toList(),
                all.stream()
                        .map(r -> new RoundSummary.RaterStatus(r.getDisplayName(), r.submitted()))
                        .toList(),
                round.getOrganiserName(),
                round.getCreatedAt(),
                me.isPresent(),
                me.map(Rater::submitted).orElse(false),
                round.getOrganiserId().equals(analyst.accountId()),
                round.getOpps().stream()
                        .filter(RoundOpp::isUpload)
                        .map(RoundOpp::oppId)
                        .toList());
    }
}
