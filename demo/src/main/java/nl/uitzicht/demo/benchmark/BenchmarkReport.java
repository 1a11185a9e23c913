package nl.uitzicht.demo.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import nl.uitzicht.demo.benchmark.StatementRecorder.Statement;

/**
 * The measurements of {@link DashboardBenchmark}, per region and round, and the Markdown tables it logs:
 * medians and 95th percentiles in ms, the ratios against the goals of issue 5, and each statement's median.
 */
final class BenchmarkReport {

    /** One measured round, all times in ms; the replays per statement, in the order the dashboard runs them. */
    record Round(
            double cold,
            double warm,
            double fromRedis,
            double dataVersion,
            double redisRead,
            double[] withRls,
            double[] withoutRls) {

        double plain() {
            return Arrays.stream(withRls).sum();
        }

        double noRls() {
            return Arrays.stream(withoutRls).sum();
        }
    }

    /** One region: its statements, the rows each returns, and the measured rounds. */
    record Region(String code, List<Statement> statements, List<Integer> rowCounts, List<Round> rounds) {

        Region(String code, List<Statement> statements, List<Integer> rowCounts) {
            this(code, statements, rowCounts, new ArrayList<>());
        }

        Samples of(ToDoubleFunction<Round> measurement) {
            return new Samples(rounds.stream().mapToDouble(measurement).sorted().toArray());
        }
    }

    /** Sorted times; median and 95th percentile (nearest rank). */
    record Samples(double[] sorted) {

        double median() {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        double p95() {
            return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        }
    }

    private BenchmarkReport() {}

    static String format(LocalDate today, List<Region> regions, int warmup, double loadBefore, double loadAfter) {
        StringBuilder out = new StringBuilder(String.format(
                "Dashboard benchmark: filter last 12 months up to %s, all schools; %d warm-up rounds, %d measured;"
                        + " %d cores; load average %.2f before, %.2f after%n%n",
                today,
                warmup,
                regions.getFirst().rounds().size(),
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadAfter));
        out.append("| region | measurement | median ms | p95 ms |\n|---|---|---:|---:|\n");
        for (Region r : regions) {
            line(out, r.code(), "cold dashboard (PostgreSQL, Java, Redis write)", r.of(Round::cold));
            line(out, r.code(), "warm dashboard (data version + this node's memory)", r.of(Round::warm));
            line(out, r.code(), "warm from Redis (data version + Redis read; another node)", r.of(Round::fromRedis));
            line(out, r.code(), "of which: reading the data version (one transaction)", r.of(Round::dataVersion));
            line(out, r.code(), "of which: the cached call (Redis read, deserialising)", r.of(Round::redisRead));
            line(
                    out,
                    r.code(),
                    "plain SQL, " + r.statements().size() + " statements, app role under RLS",
                    r.of(Round::plain));
            line(out, r.code(), "plain SQL as owner, tenant_id predicates, no RLS", r.of(Round::noRls));
        }
        // Per-round ratios too: both sides of a ratio run in the same round, so drift in load cancels out.
        out.append("\n| region | ratio | of medians | median per round | goal |\n|---|---|---:|---:|---|\n");
        for (Region r : regions) {
            ratio(
                    out,
                    r.code(),
                    "cold / plain SQL",
                    r.of(Round::cold).median() / r.of(Round::plain).median(),
                    r.of(round -> round.cold() / round.plain()).median(),
                    "≤ 1.3");
            ratio(
                    out,
                    r.code(),
                    "with RLS / without RLS",
                    r.of(Round::plain).median() / r.of(Round::noRls).median(),
                    r.of(round -> round.plain() / round.noRls()).median(),
                    "≤ 1.1");
            out.append(String.format(
                    "| %s | warm, ms | %.2f | | ≤ 5 ms |%n",
                    r.code(), r.of(Round::warm).median()));
            out.append(String.format(
                    "| %s | warm from Redis, ms | %.2f | | ≤ 5 ms |%n",
                    r.code(), r.of(Round::fromRedis).median()));
        }
        for (Region r : regions) {
            out.append(String.format(
                    "%nStatements, %s (median ms):%n| # | statement | rows | RLS | no RLS |%n"
                            + "|---:|---|---:|---:|---:|%n",
                    r.code()));
            for (int i = 0; i < r.statements().size(); i++) {
                int s = i;
                out.append(String.format(
                        "| %d | `%s` | %d | %.2f | %.2f |%n",
                        s + 1,
                        r.statements().get(s).label(),
                        r.rowCounts().get(s),
                        r.of(round -> round.withRls()[s]).median(),
                        r.of(round -> round.withoutRls()[s]).median()));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String region, String what, Samples samples) {
        out.append(String.format("| %s | %s | %.2f | %.2f |%n", region, what, samples.median(), samples.p95()));
    }

    private static void ratio(
            StringBuilder out, String region, String what, double ofMedians, double perRound, String goal) {
        out.append(String.format("| %s | %s | %.2f | %.2f | %s |%n", region, what, ofMedians, perRound, goal));
    }
}
