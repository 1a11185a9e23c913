package nl.uitzicht.demo.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The UI load driver's measurements: each request's time from sending it to having its whole answer
 * (server time plus loopback), under the action it belongs to and the node it went to; errors by kind.
 * Figures are given for the steady window (after the ramp-up), where the user count is constant.
 */
final class UiLoadStats {

    private record Sample(String action, int node, long start, long nanos) {}

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errorsByAction = new ConcurrentHashMap<>();

    void record(String action, int node, long start, long nanos) {
        samples.add(new Sample(action, node, start, nanos));
    }

    void error(String action, String what) {
        errorsByAction.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
        String kind = what.length() > 160 ? what.substring(0, 160) : what;
        errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    int errorCount() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Map<String, Integer> errorKinds() {
        Map<String, Integer> m = new TreeMap<>();
        errors.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** One row per action (and node, when {@code node} is not -1) over samples started in [from, to). */
    List<Row> rows(long from, long to, int node) {
        Map<String, List<Long>> by = new TreeMap<>();
        for (Sample s : samples) {
            if (s.start() >= from && s.start() < to && (node < 0 || s.node() == node)) {
                by.computeIfAbsent(s.action(), k -> new ArrayList<>()).add(s.nanos());
            }
        }
        List<Row> rows = new ArrayList<>();
        double seconds = (to - from) / 1e9;
        by.forEach((action, list) -> {
            long[] v = list.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(v);
            int err = node < 0
                    ? errorsByAction.getOrDefault(action, new AtomicInteger()).get()
                    : 0;
            rows.add(new Row(
                    action,
                    v.length,
                    err,
                    v.length / seconds,
                    pct(v, 50),
                    pct(v, 95),
                    pct(v, 99),
                    v[v.length - 1] / 1e6));
        });
        return rows;
    }

    /** Requests per second over all actions in [from, to). */
    double throughput(long from, long to) {
        long n = samples.stream()
                .filter(s -> s.start() >= from && s.start() < to)
                .count();
        return n / ((to - from) / 1e9);
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Milliseconds. */
    record Row(String action, int count, int errors, double perSecond, double p50, double p95, double p99, double max) {
        String format() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |",
                    action,
                    count,
                    errors,
                    perSecond,
                    p50,
                    p95,
                    p99,
                    max);
        }
    }
}
