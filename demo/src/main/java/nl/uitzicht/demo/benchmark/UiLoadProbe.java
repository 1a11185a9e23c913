package nl.uitzicht.demo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples the app nodes while the UI load runs, every 5 s: each node's process CPU ({@code /proc/PID/stat}),
 * the machine's CPU ({@code /proc/stat}) and load average, and each node's used heap from its Micrometer
 * endpoint on the management port ({@code jvm_memory_used_bytes{area="heap"}}).
 */
final class UiLoadProbe {

    record Sample(long at, long[] processTicks, long machineBusy, long machineTotal, double[] heapMb, String load) {}

    private final List<Long> pids;
    private final List<String> metrics;
    private final HttpClient http;
    private final List<Sample> samples = new ArrayList<>();

    UiLoadProbe(List<Long> pids, List<String> metrics, HttpClient http) {
        this.pids = pids;
        this.metrics = metrics;
        this.http = http;
    }

    synchronized void sample() {
        long[] ticks = new long[pids.size()];
        for (int i = 0; i < pids.size(); i++) {
            ticks[i] = processTicks(pids.get(i));
        }
        long[] machine = machine();
        double[] heap = new double[metrics.size()];
        for (int i = 0; i < metrics.size(); i++) {
            heap[i] = heapMb(metrics.get(i));
        }
        samples.add(new Sample(System.nanoTime(), ticks, machine[0], machine[1], heap, loadAverage()));
    }

    /** The samples' summary between two instants: CPU as cores used, heap in MB (max seen, last). */
    synchronized String summary(long from, long to) {
        Sample a = null;
        Sample b = null;
        double[] heapMax = new double[metrics.size()];
        for (Sample s : samples) {
            if (s.at() >= from && s.at() <= to) {
                if (a == null) {
                    a = s;
                }
                b = s;
                for (int i = 0; i < heapMax.length; i++) {
                    heapMax[i] = Math.max(heapMax[i], s.heapMb()[i]);
                }
            }
        }
        if (a == null || b == a) {
            return "(too few samples)";
        }
        double seconds = (b.at() - a.at()) / 1e9;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pids.size(); i++) {
            text.append(String.format(
                    Locale.ROOT,
                    "node %d (pid %d): process CPU %.2f cores; ",
                    i + 1,
                    pids.get(i),
                    (b.processTicks()[i] - a.processTicks()[i]) / 100.0 / seconds));
        }
        long total = b.machineTotal() - a.machineTotal();
        text.append(String.format(
                Locale.ROOT,
                "machine CPU busy %.0f %% of %d cores; ",
                100.0 * (b.machineBusy() - a.machineBusy()) / Math.max(1, total),
                Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < metrics.size(); i++) {
            text.append(String.format(
                    Locale.ROOT, "node %d heap used max %.0f MB, at end %.0f MB; ", i + 1, heapMax[i], b.heapMb()[i]));
        }
        text.append("load average at start ")
                .append(a.load())
                .append(", at end ")
                .append(b.load());
        return text.toString();
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** [busy, total] jiffies over all CPUs. */
    private static long[] machine() {
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private double heapMb(String url) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            double bytes = 0;
            for (String line : r.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return bytes / 1024 / 1024;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
