package nl.uitzicht.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.uitzicht.faults.SavingStaff.Attempt;
import nl.uitzicht.faults.SavingStaff.Outcome;

/**
 * One fault while the staff save: they start saving, the test breaks something ({@link #broken}) and
 * repairs it ({@link #repaired}), the staff go on until each has had a save confirmed after the repair
 * (or the recovery bound passes), then stop. {@link #figures} compares what each user was told with
 * what the database committed.
 */
final class FaultRun {

    /** No answer within this many ms counts as unanswered: a hang guard, far above the ~5 s the app aims at. */
    static final long ANSWER_BOUND_MILLIS = 15_000;
    /** How long the app may take to serve again after a repair before the run gives up waiting. */
    static final long RECOVERY_BOUND_MILLIS = 30_000;

    final String fault;
    final String marker;
    private final FaultyApp app;
    private final List<SavingStaff> staff;
    private final BrowserStaff browsers;
    private final HealthProbes probes;
    private final long startedNanos = System.nanoTime();
    private long brokenNanos;
    private long repairedNanos;
    private long endedNanos;
    private final List<Attempt> unanswered = new ArrayList<>();

    private FaultRun(String fault, FaultyApp app, List<SavingStaff> staff, BrowserStaff browsers, HealthProbes probes) {
        this.fault = fault;
        this.marker = "run-" + Integer.toHexString(Objects.hash(fault, System.nanoTime()));
        this.app = app;
        this.staff = staff;
        this.browsers = browsers;
        this.probes = probes;
    }

    /** Starts the staff saving (through the services and in browsers) and lets them save {@code beforeMillis} undisturbed. */
    static FaultRun start(
            String fault,
            FaultyApp app,
            List<SavingStaff> staff,
            BrowserStaff browsers,
            HealthProbes probes,
            long beforeMillis)
            throws InterruptedException {
        FaultRun run = new FaultRun(fault, app, staff, browsers, probes);
        staff.forEach(s -> s.start(run.marker));
        browsers.start(run.marker, ANSWER_BOUND_MILLIS);
        Thread.sleep(beforeMillis);
        return run;
    }

    void broken() {
        brokenNanos = System.nanoTime();
    }

    void repaired() {
        repairedNanos = System.nanoTime();
    }

    /**
     * Waits until every user has had a save confirmed that started after the repair (at most
     * {@link #RECOVERY_BOUND_MILLIS}), lets them save {@code afterMillis} more, stops them and notes the
     * attempts that never got an answer.
     */
    void finish(long afterMillis) throws InterruptedException {
        long deadline = repairedNanos + RECOVERY_BOUND_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline
                && !(staff.stream().allMatch(this::confirmedAfterRepair)
                        && browsers.allConfirmedAfter(repairedNanos)
                        && probes.readyAgainAfter(repairedNanos) >= 0)) {
            Thread.sleep(100);
        }
        Thread.sleep(afterMillis);
        for (SavingStaff s : staff) {
            s.stop(ANSWER_BOUND_MILLIS);
            Attempt open = s.open();
            if (open != null) {
                unanswered.add(open);
            }
        }
        // the browsers' own hang guard ends every open click; the join waits a little longer than that
        browsers.stop(ANSWER_BOUND_MILLIS + 10_000);
        endedNanos = System.nanoTime();
    }

    /** The browser users' clicks of this run. */
    List<BrowserStaff.Click> clicks() {
        return List.copyOf(browsers.clicks);
    }

    /**
     * The browser users' figures: each confirmation checked against the database (the change it named holds
     * exactly that text for that plan), each text's commits counted.
     */
    BrowserFigures browserFigures() {
        List<BrowserStaff.Click> clicks = clicks();
        Map<String, Integer> commits = app.commitsByText(marker);
        int confirmed = 0;
        int inDatabase = 0;
        int lost = 0;
        int unansweredCount = 0;
        int late = 0;
        int raw = 0;
        int told = 0;
        int notTold = 0;
        int textGone = 0;
        long longest = 0;
        List<String> problems = new ArrayList<>();
        for (BrowserStaff.Click c : clicks) {
            longest = Math.max(longest, c.waitedMillis());
            if (c.waitedMillis() > BrowserStaff.ANSWER_MILLIS && c.screen() != BrowserStaff.Screen.UNANSWERED) {
                late++;
            }
            switch (c.screen()) {
                case CONFIRMED -> {
                    confirmed++;
                    List<String> atChange = c.change() < 0 ? List.of() : app.committedAsChange(c.oppId(), c.change());
                    if (atChange.equals(List.of(c.text()))) {
                        inDatabase++;
                    } else {
                        lost++;
                        problems.add(c.user() + " saw \"" + c.said() + "\" for \"" + c.text() + "\", change "
                                + c.change() + " holds " + atChange);
                    }
                }
                case TOLD_UNAVAILABLE, TOLD_CONFLICT -> {
                    told++;
                    if (!c.textKept()) {
                        textGone++;
                        problems.add(c.user() + " was told \"" + c.said() + "\" and the field no longer held the text");
                    }
                }
                case RAW_ERROR -> {
                    raw++;
                    problems.add(c.user() + " saw a raw error after " + c.waitedMillis() + " ms: " + c.said());
                }
                case NOT_TOLD -> {
                    notTold++;
                    problems.add(c.user() + " was told after " + c.waitedMillis() + " ms: " + c.said());
                }
                case UNANSWERED -> {
                    unansweredCount++;
                    problems.add(c.user() + ": no answer on screen within " + c.waitedMillis() + " ms");
                }
            }
        }
        List<String> texts =
                clicks.stream().map(BrowserStaff.Click::text).distinct().toList();
        int duplicated =
                (int) texts.stream().filter(t -> commits.getOrDefault(t, 0) > 1).count();
        int storedThoughFailed = (int) texts.stream()
                .filter(t -> commits.getOrDefault(t, 0) > 0)
                .filter(t -> clicks.stream()
                        .noneMatch(c -> c.text().equals(t) && c.screen() == BrowserStaff.Screen.CONFIRMED))
                .count();
        long servesAgain = clicks.stream()
                .filter(c -> c.screen() == BrowserStaff.Screen.CONFIRMED && c.startedNanos() >= repairedNanos)
                .mapToLong(c -> (c.endedNanos() - repairedNanos) / 1_000_000)
                .min()
                .orElse(-1);
        return new BrowserFigures(
                fault,
                clicks.size(),
                (int) clicks.stream().filter(BrowserStaff.Click::retry).count(),
                confirmed,
                inDatabase,
                lost,
                duplicated,
                unansweredCount,
                late,
                raw,
                told,
                notTold,
                textGone,
                storedThoughFailed,
                longest,
                servesAgain,
                problems);
    }

    private boolean confirmedAfterRepair(SavingStaff s) {
        return s.attempts.stream().anyMatch(a -> a.outcome() == Outcome.CONFIRMED && a.startedNanos() >= repairedNanos);
    }

    List<Attempt> attempts() {
        return staff.stream().flatMap(s -> s.attempts.stream()).toList();
    }

    /** The figures of this run, from the attempts and the database's commit log. */
    FaultFigures figures() {
        List<Attempt> attempts = attempts();
        Map<String, Integer> commits = app.commitsByText(marker);
        int confirmed = 0;
        int inDatabase = 0;
        int lost = 0;
        int storedThoughFailed = 0;
        int unansweredCount = unanswered.size();
        int told = 0;
        int notTold = 0;
        long longest = 0;
        for (Attempt a : attempts) {
            int committed = commits.getOrDefault(a.text(), 0);
            longest = Math.max(longest, a.waitedMillis());
            if (a.waitedMillis() > ANSWER_BOUND_MILLIS) {
                unansweredCount++;
            }
            switch (a.outcome()) {
                case CONFIRMED -> {
                    confirmed++;
                    if (committed > 0) {
                        inDatabase++;
                    } else {
                        lost++;
                    }
                }
                case TOLD_UNAVAILABLE, TOLD_CONFLICT -> {
                    told++;
                    if (committed > 0) {
                        storedThoughFailed++;
                    }
                }
                case NOT_TOLD -> notTold++;
            }
        }
        for (Attempt open : unanswered) {
            longest = Math.max(longest, (endedNanos - open.startedNanos()) / 1_000_000);
        }
        int duplicated = (int) commits.values().stream().filter(n -> n > 1).count();
        long servesAgain = attempts.stream()
                .filter(a -> a.outcome() == Outcome.CONFIRMED && a.startedNanos() >= repairedNanos)
                .mapToLong(a -> (a.endedNanos() - repairedNanos) / 1_000_000)
                .min()
                .orElse(-1);
        long readyAgain = probes.readyAgainAfter(repairedNanos);
        boolean readinessDownDuring =
                probes.between("readiness", brokenNanos, repairedNanos).stream().anyMatch(p -> !p.up());
        List<HealthProbes.Probe> liveness = probes.between("liveness", startedNanos, endedNanos);
        boolean livenessAlwaysUp = liveness.stream().allMatch(p -> p.up() || p.status() == 0);
        int livenessMissedInARow = HealthProbes.longestRunWithout(liveness);
        long slowestReadiness = probes.between("readiness", startedNanos, endedNanos).stream()
                .mapToLong(HealthProbes.Probe::tookMillis)
                .max()
                .orElse(0);
        return new FaultFigures(
                fault,
                attempts.size() + unanswered.size(),
                confirmed,
                inDatabase,
                lost,
                duplicated,
                unansweredCount,
                told,
                notTold,
                storedThoughFailed,
                longest,
                servesAgain,
                readyAgain,
                readinessDownDuring,
                livenessAlwaysUp,
                livenessMissedInARow,
                slowestReadiness,
                attempts.stream()
                        .filter(a -> a.outcome() == Outcome.NOT_TOLD)
                        .map(a -> a.kind() + ": " + a.failure())
                        .distinct()
                        .toList());
    }
}
