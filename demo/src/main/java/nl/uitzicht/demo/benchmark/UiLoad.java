package nl.uitzicht.demo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.uitzicht.time.ClockConfiguration;

/**
 * The UI load benchmark's driver (docs/performance.md, "UI load"; ADR 0076): simulated people who speak
 * Vaadin's protocol (UIDL over HTTP, no browser), log in with their password and work through a school
 * day ({@link UiLoadUser}), on one or more app nodes (each person stays on one node, as with sticky
 * sessions). A ramp-up, a steady window of fixed length, then it stops by itself; traffic goes to
 * 127.0.0.1 only. Runs on the JDK alone:
 *
 * <pre>java -cp demo/target/demo-*.jar nl.uitzicht.demo.benchmark.UiLoad --users-file users.txt --users 50</pre>
 *
 * Not a test: {@code ./mvnw verify} never runs it. deploy/bench/ui-load.sh sets up and runs a whole measurement.
 */
public final class UiLoad {

    /** What a run does. */
    record Settings(
            List<String> bases,
            Path usersFile,
            int users,
            Map<String, Integer> mix,
            int rampSeconds,
            int steadySeconds,
            int thinkMinMs,
            int thinkMaxMs,
            int timeoutMs,
            List<Long> pids,
            List<String> metrics,
            @org.jspecify.annotations.Nullable Path out,
            String label) {}

    private UiLoad() {}

    public static void main(String[] args) throws Exception {
        Settings s = settings(args);
        List<UiLoadUser.Account> accounts = pick(s);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        UiLoadStats stats = new UiLoadStats();
        UiLoadProbe probe = new UiLoadProbe(s.pids(), s.metrics(), http);
        long t0 = System.nanoTime();
        long steadyFrom = t0 + s.rampSeconds() * 1_000_000_000L;
        long end = steadyFrom + s.steadySeconds() * 1_000_000_000L;
        String started =
                Instant.now(ClockConfiguration.applicationClock()) + ", load average " + UiLoadProbe.loadAverage();
        AtomicInteger loggedIn = new AtomicInteger();
        AtomicInteger failedUsers = new AtomicInteger();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(probe::sample, 0, 5, TimeUnit.SECONDS);
        System.out.printf(
                Locale.ROOT,
                "UI load: %d users on %s, ramp %d s, steady %d s, think %d-%d ms%n",
                accounts.size(),
                s.bases(),
                s.rampSeconds(),
                s.steadySeconds(),
                s.thinkMinMs(),
                s.thinkMaxMs());
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < accounts.size(); i++) {
                UiLoadUser.Account account = accounts.get(i);
                int node = i % s.bases().size();
                long startAt = t0 + (long) (s.rampSeconds() * 1e9 * i / accounts.size());
                running.add(people.submit(() -> {
                    sleepUntil(startAt);
                    UiLoadUser user = new UiLoadUser(account, http, s.bases().get(node), node, stats, s, end);
                    loggedIn.incrementAndGet();
                    if (user.run() > 0) {
                        failedUsers.incrementAndGet();
                    }
                    return null;
                }));
            }
            long hardStop = end + 60_000_000_000L;
            for (Future<?> f : running) {
                try {
                    f.get(Math.max(1, hardStop - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    System.out.println("hard stop reached: cancelling the remaining users");
                    people.shutdownNow();
                    break;
                }
            }
        } finally {
            probe.sample();
            sampler.shutdownNow();
        }
        String report = report(s, stats, probe, steadyFrom, end, t0, started, failedUsers.get());
        System.out.println(report);
        if (s.out() != null) {
            Files.writeString(s.out(), report);
        }
        System.exit(stats.errorCount() == 0 ? 0 : 1);
    }

    private static String report(
            Settings s,
            UiLoadStats stats,
            UiLoadProbe probe,
            long steadyFrom,
            long end,
            long t0,
            String started,
            int failedUsers) {
        StringBuilder r = new StringBuilder();
        r.append("### ").append(s.label()).append("\n\n");
        r.append(String.format(
                Locale.ROOT,
                "%d users (%s) on %d node(s) %s; ramp %d s, steady %d s, think %d-%d ms. Started %s; ended %s, load average %s.%n%n",
                s.users(),
                s.mix(),
                s.bases().size(),
                s.bases(),
                s.rampSeconds(),
                s.steadySeconds(),
                s.thinkMinMs(),
                s.thinkMaxMs(),
                started,
                Instant.now(ClockConfiguration.applicationClock()),
                UiLoadProbe.loadAverage()));
        r.append("Steady window, all nodes (ms, request sent to answer read):\n\n");
        r.append(
                "| action | requests | errors | per s | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        stats.rows(steadyFrom, end, -1).forEach(row -> r.append(row.format()).append('\n'));
        r.append(String.format(
                Locale.ROOT,
                "%nThroughput (steady): %.1f requests/s. Errors (whole run): %d; users with a failure: %d.%n",
                stats.throughput(steadyFrom, end),
                stats.errorCount(),
                failedUsers));
        stats.errorKinds()
                .forEach((k, v) ->
                        r.append("- error x").append(v).append(": ").append(k).append('\n'));
        r.append("\nSteady window: ").append(probe.summary(steadyFrom, end)).append('\n');
        r.append("Ramp-up: ").append(probe.summary(t0, steadyFrom)).append('\n');
        if (s.bases().size() > 1) {
            for (int n = 0; n < s.bases().size(); n++) {
                r.append("\nNode ")
                        .append(n + 1)
                        .append(" (")
                        .append(s.bases().get(n))
                        .append("), steady window:\n\n");
                r.append(
                        "| action | requests | errors | per s | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
                stats.rows(steadyFrom, end, n)
                        .forEach(row -> r.append(row.format()).append('\n'));
            }
        }
        r.append("\nRamp-up window, all nodes:\n\n");
        r.append(
                "| action | requests | errors | per s | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        stats.rows(t0, steadyFrom, -1).forEach(row -> r.append(row.format()).append('\n'));
        return r.toString();
    }

    private static List<UiLoadUser.Account> pick(Settings s) throws IOException {
        Map<String, List<UiLoadUser.Account>> byRole = new LinkedHashMap<>();
        for (String line : Files.readAllLines(s.usersFile())) {
            if (!line.isBlank()) {
                UiLoadUser.Account a = UiLoadUser.Account.parse(line);
                byRole.computeIfAbsent(a.role(), k -> new ArrayList<>()).add(a);
            }
        }
        int weights = s.mix().values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int assigned = 0;
        for (var e : s.mix().entrySet()) {
            int n = (int) Math.round((double) s.users() * e.getValue() / weights);
            counts.put(e.getKey(), n);
            assigned += n;
        }
        counts.merge(s.mix().keySet().iterator().next(), s.users() - assigned, Integer::sum);
        // Interleave the roles so the ramp-up brings every kind of user in at the same pace.
        List<List<UiLoadUser.Account>> lists = new ArrayList<>();
        for (var e : counts.entrySet()) {
            List<UiLoadUser.Account> have = byRole.getOrDefault(e.getKey(), List.of());
            if (have.size() < e.getValue()) {
                throw new IllegalArgumentException(
                        "users file has " + have.size() + " " + e.getKey() + " users, " + e.getValue() + " needed");
            }
            lists.add(have.subList(0, e.getValue()));
        }
        List<UiLoadUser.Account> picked = new ArrayList<>();
        double[] taken = new double[lists.size()];
        while (picked.size() < s.users()) {
            int best = -1;
            double lowest = Double.MAX_VALUE;
            for (int i = 0; i < lists.size(); i++) {
                double share = taken[i] / Math.max(1, lists.get(i).size());
                if (taken[i] < lists.get(i).size() && share < lowest) {
                    lowest = share;
                    best = i;
                }
            }
            picked.add(lists.get(best).get((int) taken[best]++));
        }
        return picked;
    }

    private static Settings settings(String[] a) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals("-h") || a[i].equals("--help")) {
                System.out.println("""
                        java -cp demo.jar nl.uitzicht.demo.benchmark.UiLoad --users-file FILE [--users 50]
                             [--base http://127.0.0.1:8206/[,http://127.0.0.1:8207/]] [--mix SCHOOL_STAFF=80,POLICY=15,TRAINER=5]
                             [--ramp 30] [--steady 60] [--think 2000-5000] [--timeout 30000]
                             [--pid PID[,PID]] [--metrics http://127.0.0.1:9206/actuator/prometheus[,...]]
                             [--out report.md] [--label 'UI load']""");
                System.exit(0);
            }
            if (!a[i].startsWith("--") || i + 1 >= a.length) {
                throw new IllegalArgumentException("expected --option value at " + a[i]);
            }
            o.put(a[i].substring(2), a[++i]);
        }
        List<String> bases = new ArrayList<>();
        for (String b : o.getOrDefault("base", "http://127.0.0.1:8206/").split(",")) {
            bases.add(local(b.endsWith("/") ? b : b + "/"));
        }
        List<String> metrics = new ArrayList<>();
        if (o.containsKey("metrics")) {
            for (String m : o.get("metrics").split(",")) {
                metrics.add(local(m));
            }
        }
        List<Long> pids = new ArrayList<>();
        if (o.containsKey("pid")) {
            for (String p : o.get("pid").split(",")) {
                pids.add(Long.parseLong(p.trim()));
            }
        }
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (String part :
                o.getOrDefault("mix", "SCHOOL_STAFF=80,POLICY=15,TRAINER=5").split(",")) {
            String[] kv = part.split("=");
            mix.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
        }
        String[] think = o.getOrDefault("think", "2000-5000").split("-");
        int users = Integer.parseInt(o.getOrDefault("users", "50"));
        int ramp = Integer.parseInt(o.getOrDefault("ramp", "30"));
        int steady = Integer.parseInt(o.getOrDefault("steady", "60"));
        if (users < 1 || users > 5000 || ramp < 0 || ramp > 1800 || steady < 1 || steady > 3600) {
            throw new IllegalArgumentException("bounds: 1-5000 users, ramp 0-1800 s, steady 1-3600 s");
        }
        if (!o.containsKey("users-file")) {
            throw new IllegalArgumentException(
                    "--users-file is required (made by the seeding run, see docs/performance.md)");
        }
        return new Settings(
                bases,
                Path.of(o.get("users-file")),
                users,
                mix,
                ramp,
                steady,
                Integer.parseInt(think[0]),
                Integer.parseInt(think.length > 1 ? think[1] : think[0]),
                Integer.parseInt(o.getOrDefault("timeout", "30000")),
                pids,
                metrics,
                o.containsKey("out") ? Path.of(o.get("out")) : null,
                o.getOrDefault("label", "UI load"));
    }

    /** Only this machine is ever a target. */
    private static String local(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("refusing a target that is not 127.0.0.1/localhost: " + url);
        }
        return url;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long d = nanos - System.nanoTime();
        if (d > 0) {
            Thread.sleep(Duration.ofNanos(d));
        }
    }
}
