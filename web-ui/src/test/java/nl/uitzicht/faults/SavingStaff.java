package nl.uitzicht.faults;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.error.FailureKinds;

/**
 * One staff member at their own plan, saving the pupil's view every 0.5 to 1 s through the real
 * service as the editor's Opslaan does ({@code OppEditor.savePupilView} with the version the screen
 * saw), signed in on their own thread. Each attempt carries a text of its own, so the database can be
 * asked afterwards whether exactly that text was committed, and how often. After a failure the user
 * keeps the version the screen had, as the editor does; after a conflict they reload, as the editor's
 * banner asks.
 */
final class SavingStaff {

    /** What the user was told. */
    enum Outcome {
        /** The call returned: the editor shows "Opgeslagen". */
        CONFIRMED,
        /** An outage: the UI says the database cannot be reached and nothing was saved, try again. */
        TOLD_UNAVAILABLE,
        /** Someone (often the user's own earlier, answered-too-late click) saved first: reload. */
        TOLD_CONFLICT,
        /** Anything else: not found, unexpected error: the user was not told the truth. */
        NOT_TOLD
    }

    /** One click on Opslaan: when, with which text, and how it ended ({@code endedNanos} 0 while open). */
    record Attempt(
            String user,
            UUID oppId,
            String text,
            long startedNanos,
            long endedNanos,
            Outcome outcome,
            String kind,
            String failure) {

        long waitedMillis() {
            return (endedNanos - startedNanos) / 1_000_000;
        }
    }

    /** Failures not told as an outage whose stack trace was printed (once each, for the reader of the log). */
    private static final java.util.Set<String> SHOWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    final String email;
    final UUID oppId;
    private final FaultyApp app;
    final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private volatile boolean stop;
    private volatile long openSince;
    private volatile String openText = "";
    private Thread thread;
    private int counter;

    SavingStaff(FaultyApp app, String email, UUID oppId) {
        this.app = app;
        this.email = email;
        this.oppId = oppId;
    }

    void start(String run) {
        stop = false;
        attempts.clear();
        thread = Thread.ofPlatform().name("saving-" + email).start(() -> work(run));
    }

    /** Asks the user to stop after the attempt under way; waits at most {@code millis} for that. */
    void stop(long millis) throws InterruptedException {
        stop = true;
        thread.join(millis);
    }

    /** The attempt still waiting for an answer (after {@link #stop}: one that never got one), if any. */
    Attempt open() {
        long since = openSince;
        return since == 0 ? null : new Attempt(email, oppId, openText, since, 0, null, "", "");
    }

    private void work(String run) {
        app.context().getBean(TestSignIn.class).as(email);
        StaffScope scope = app.scope();
        OppPlans plans = app.context().getBean(OppPlans.class);
        OppEditor editor = app.context().getBean(OppEditor.class);
        long version = -1;
        try {
            while (!stop) {
                if (version < 0) {
                    version = openPlan(plans, scope);
                    if (version < 0) {
                        pause();
                        continue;
                    }
                }
                String text = run + " / " + email + " #" + (++counter) + " " + UUID.randomUUID();
                openText = text;
                long started = System.nanoTime();
                openSince = started;
                try {
                    OppPlan saved = editor.savePupilView(scope, oppId, version, text, LocalDate.now());
                    version = saved.version();
                    record(text, started, Outcome.CONFIRMED, "", "");
                } catch (RuntimeException failure) {
                    Outcome outcome = FailureKinds.infrastructure(failure)
                            ? Outcome.TOLD_UNAVAILABLE
                            : FailureKinds.conflict(failure) ? Outcome.TOLD_CONFLICT : Outcome.NOT_TOLD;
                    record(text, started, outcome, FailureKinds.of(failure), describe(failure));
                    if (outcome == Outcome.NOT_TOLD && SHOWN.add(describe(failure))) {
                        System.err.println("Fault test: a failure not told as an outage, first of its kind:");
                        failure.printStackTrace();
                    }
                    if (outcome == Outcome.TOLD_CONFLICT) {
                        version = -1;
                    }
                }
                pause();
            }
        } finally {
            TestSignIn.signOut();
        }
    }

    /** Opens the plan as the editor does (the version to send with the next save); -1 when that fails. */
    private long openPlan(OppPlans plans, StaffScope scope) {
        try {
            return plans.open(scope, oppId).version();
        } catch (RuntimeException failure) {
            return -1;
        }
    }

    private void record(String text, long started, Outcome outcome, String kind, String failure) {
        attempts.add(new Attempt(email, oppId, text, started, System.nanoTime(), outcome, kind, failure));
        openSince = 0;
    }

    private void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(500, 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + " <- " + root.getClass().getSimpleName() + ": "
                + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    }
}
