package nl.uitzicht.demo.generator;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.uitzicht.analysis.Checklist;
import nl.uitzicht.analysis.Checklists;

/**
 * Scoring rounds over generated OPPs: rounds of 10 OPPs with 2 raters each, two scores and a consensus per item.
 * Every other round scores the plans that started longest ago and is dated a year back (or a month after the last of
 * them started, if later), so the board report shows the consensus in more than one school year (ADR 0099).
 */
final class SyntheticScores {

    private final Checklists checklists;
    private final BatchInsert rows;

    SyntheticScores(Checklists checklists, BatchInsert rows) {
        this.checklists = checklists;
        this.rows = rows;
    }

    /** The number of scores and of consensus scores made. */
    int[] make(UUID tenant, Random random, SyntheticOpps.Made made, int scoredOpps, Timestamp now) {
        List<UUID> oppIds = made.oppIds();
        List<UUID> oppSchools = made.oppSchools();
        if (scoredOpps == 0) {
            return new int[] {0, 0};
        }
        Checklist checklist = checklists.standard();
        List<Object[]> rounds = new ArrayList<>();
        List<Object[]> roundOpps = new ArrayList<>();
        List<Object[]> raters = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> consensus = new ArrayList<>();
        UUID organiser = UUID.randomUUID();
        List<Integer> byAge = IntStream.range(0, oppIds.size())
                .boxed()
                .sorted(Comparator.comparing(made.started()::get))
                .toList();
        boolean[] taken = new boolean[oppIds.size()];
        int nextInOrder = 0;
        int nextByAge = 0;
        for (int start = 0; start < scoredOpps; start += 10) {
            boolean earlier = (start / 10) % 2 == 1;
            List<Integer> members = new ArrayList<>();
            while (members.size() < Math.min(10, scoredOpps - start)) {
                int o;
                do {
                    o = earlier ? byAge.get(nextByAge++) : nextInOrder++;
                } while (taken[o]);
                taken[o] = true;
                members.add(o);
            }
            Timestamp at = now;
            if (earlier) {
                LocalDate lastStart = members.stream()
                        .map(made.started()::get)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
                LocalDate yearAgo = now.toLocalDateTime().toLocalDate().minusYears(1);
                LocalDate scoredOn = lastStart.plusDays(30).isAfter(yearAgo) ? lastStart.plusDays(30) : yearAgo;
                Timestamp early = Timestamp.valueOf(scoredOn.atTime(10, 0));
                at = early.before(now) ? early : now;
            }
            UUID round = UUID.randomUUID();
            rounds.add(new Object[] {
                round, tenant, "Gegenereerde ronde " + (start / 10 + 1), checklist.id(), organiser, "Generator", at
            });
            UUID[] raterIds = {UUID.randomUUID(), UUID.randomUUID()};
            for (int r = 0; r < 2; r++) {
                raters.add(new Object[] {raterIds[r], tenant, round, UUID.randomUUID(), "Beoordelaar " + (r + 1), at});
            }
            for (int position = 0; position < members.size(); position++) {
                int o = members.get(position);
                roundOpps.add(new Object[] {tenant, round, position, oppIds.get(o), oppSchools.get(o)});
                for (int i = 0; i < checklist.items().size(); i++) {
                    int base = random.nextInt(100) < 50 ? 2 : random.nextInt(100) < 60 ? 1 : 0;
                    for (int r = 0; r < 2; r++) {
                        int score = random.nextInt(100) < 80
                                ? base
                                : Math.max(0, Math.min(2, base + (random.nextBoolean() ? 1 : -1)));
                        scores.add(new Object[] {
                            UUID.randomUUID(),
                            tenant,
                            round,
                            raterIds[r],
                            oppIds.get(o),
                            checklist.items().get(i).code(),
                            score
                        });
                    }
                    consensus.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        round,
                        oppIds.get(o),
                        oppSchools.get(o),
                        checklist.items().get(i).code(),
                        i + 1,
                        base,
                        "Generator",
                        at
                    });
                }
            }
        }
        rows.insert(
                "insert into scoring_round (id, tenant_id, name, checklist_id, organiser_id, organiser_name, created_at)"
                        + " values (?,?,?,?,?,?,?)",
                rounds);
        rows.insert(
                "insert into scoring_round_opp (tenant_id, round_id, position, opp_id, school_id, version_no)"
                        + " values (?,?,?,?,?,1)", // generated plans have one version
                roundOpps);
        rows.insert(
                "insert into scoring_rater (id, tenant_id, round_id, account_id, display_name, submitted_at) values (?,?,?,?,?,?)",
                raters);
        rows.insert(
                "insert into checklist_score (id, tenant_id, round_id, rater_id, opp_id, item_code, score) values (?,?,?,?,?,?,?)",
                scores);
        rows.insert(
                "insert into consensus_score (id, tenant_id, round_id, opp_id, school_id, item_code, item_position, score,"
                        + " decided_by, decided_at) values (?,?,?,?,?,?,?,?,?,?)",
                consensus);
        return new int[] {scores.size(), consensus.size()};
    }
}
