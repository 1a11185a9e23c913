package nl.uitzicht.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The comparison of a round: every submitted score side by side per OPP and item, with divergence,
 * the consensus so far and the agreement per item and overall. Only submitted raters' scores count.
 */
final class ComparisonTable {

    private ComparisonTable() {}

    static Comparison of(
            ScoringRound round,
            RoundSummary summary,
            Checklist checklist,
            List<Rater> all,
            List<Score> scores,
            List<Consensus> consensus) {
        List<Rater> submitted = all.stream().filter(Rater::submitted).toList();
        Map<UUID, Integer> column = new HashMap<>();
        for (int i = 0; i < submitted.size(); i++) {
            column.put(submitted.get(i).getId(), i);
        }
        Map<String, Integer[]> byCell = new HashMap<>();
        for (Score s : scores) {
            Integer col = column.get(s.getRaterId());
            if (col != null) {
                byCell.computeIfAbsent(s.getOppId() + "/" + s.getItemCode(), k -> new Integer[submitted.size()])[col] =
                        s.getScore();
            }
        }
        Map<String, Consensus> agreed =
                consensus.stream().collect(Collectors.toMap(c -> c.getOppId() + "/" + c.getItemCode(), c -> c));
        List<Comparison.Row> rows = new ArrayList<>();
        List<List<Integer>> allUnits = new ArrayList<>();
        List<Comparison.ItemAgreement> perItem = new ArrayList<>();
        for (int p = 0; p < checklist.items().size(); p++) {
            ChecklistItem item = checklist.items().get(p);
            List<List<Integer>> itemUnits = new ArrayList<>();
            int divergent = 0;
            for (RoundOpp opp : round.getOpps()) {
                Integer[] cell = byCell.getOrDefault(opp.oppId() + "/" + item.code(), new Integer[submitted.size()]);
                List<Integer> given =
                        Arrays.stream(cell).filter(Objects::nonNull).toList();
                Divergence divergence = Divergence.of(given, round.getDivergenceThreshold());
                int spread = divergence.spread();
                boolean isDivergent = divergence.divergent();
                if (isDivergent) {
                    divergent++;
                }
                Consensus c = agreed.get(opp.oppId() + "/" + item.code());
                rows.add(new Comparison.Row(
                        opp.oppId(),
                        summary.label(opp.oppId()),
                        item.code(),
                        p + 1,
                        item.statement(),
                        Arrays.asList(cell),
                        spread,
                        isDivergent,
                        c == null ? null : c.getScore(),
                        c == null ? null : c.getNote(),
                        c == null ? null : c.getDecidedBy(),
                        c == null ? Comparison.Row.NO_CONSENSUS : c.getVersion()));
                itemUnits.add(given);
            }
            allUnits.addAll(itemUnits);
            perItem.add(new Comparison.ItemAgreement(
                    item.code(), p + 1, item.statement(), divergent, Agreement.of(itemUnits)));
        }
        return new Comparison(
                summary,
                checklist,
                submitted.stream().map(Rater::getDisplayName).toList(),
                rows,
                perItem,
                Agreement.of(allUnits));
    }
}
