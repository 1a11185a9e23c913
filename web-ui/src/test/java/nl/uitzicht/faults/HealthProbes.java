package nl.uitzicht.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Kubernetes' view of the app during a fault: readiness and liveness on the management port, asked
 * every 250 ms with a 2 s timeout (a probe's {@code timeoutSeconds}), each answer noted with its time.
 */
final class HealthProbes implements AutoCloseable {

    /** One probe: which endpoint, when (nanoTime), the HTTP status or 0 for no answer in time, how long. */
    record Probe(String endpoint, long atNanos, int status, long tookMillis) {
        boolean up() {
            return status == 200;
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    final List<Probe> probes = new CopyOnWriteArrayList<>();
    private volatile boolean stop;
    private final Thread thread;

    HealthProbes(int managementPort) {
        this.port = managementPort;
        this.thread = Thread.ofPlatform().name("health-probes").daemon().start(this::probe);
    }

    private void probe() {
        while (!stop) {
            ask("readiness");
            ask("liveness");
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void ask(String endpoint) {
        long started = System.nanoTime();
        int status;
        try {
            status = http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + port + "/actuator/health/" + endpoint))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception noAnswer) {
            status = 0;
        }
        probes.add(new Probe(endpoint, started, status, (System.nanoTime() - started) / 1_000_000));
    }

    List<Probe> between(String endpoint, long fromNanos, long toNanos) {
        return probes.stream()
                .filter(p -> p.endpoint().equals(endpoint) && p.atNanos() >= fromNanos && p.atNanos() <= toNanos)
                .toList();
    }

    /** Ms from {@code sinceNanos} until the first readiness probe started after it said UP; -1 if none did yet. */
    long readyAgainAfter(long sinceNanos) {
        for (Probe p : probes) {
            if (p.endpoint().equals("readiness") && p.atNanos() >= sinceNanos && p.up()) {
                return (p.atNanos() + p.tookMillis() * 1_000_000 - sinceNanos) / 1_000_000;
            }
        }
        return -1;
    }

    /** The most probes in a row that got no answer in time (Kubernetes restarts a pod after 3 for liveness). */
    static int longestRunWithout(List<Probe> probes) {
        int longest = 0;
        int run = 0;
        for (Probe p : probes) {
            run = p.status() == 0 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.join(5_000);
    }
}
