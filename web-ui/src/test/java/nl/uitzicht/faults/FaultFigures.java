package nl.uitzicht.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What one fault did to the saving staff, as measured: attempts (clicks on Opslaan), confirmed,
 * confirmed and in the database with exactly that text, lost (confirmed, not in the database),
 * duplicated (one text committed by more than one transaction), unanswered (no answer within
 * {@link FaultRun#ANSWER_BOUND_MILLIS}), failed and told (an outage or conflict message), failed and
 * not told the truth (any other error), failed but stored after all, the longest wait, and how long
 * after the repair a save was confirmed again and readiness said UP again. Liveness counts as UP when it
 * never answered DOWN; probes without an answer within 2 s (a busy machine) are counted apart.
 */
record FaultFigures(
        String fault,
        int attempts,
        int confirmed,
        int inDatabase,
        int lost,
        int duplicated,
        int unanswered,
        int failedAndTold,
        int failedNotTold,
        int storedThoughFailed,
        long longestWaitMillis,
        long servesAgainMillis,
        long readyAgainMillis,
        boolean readinessDownDuring,
        boolean livenessAlwaysUp,
        int livenessMissedInARow,
        long slowestReadinessMillis,
        List<String> notToldFailures) {

    static final List<FaultFigures> MEASURED = new ArrayList<>();

    static synchronized void measured(FaultFigures figures) {
        MEASURED.add(figures);
    }

    /** Writes the table of everything measured in this JVM to {@code file} (Markdown). */
    static synchronized void write(Path file, String heading) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(heading).append("\n\n");
        md.append("Measured ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" on commit ")
                .append(commit())
                .append(" (")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores).\n\n");
        md.append("## Through the services\n\n");
        md.append(
                "| Fault | Attempts | Confirmed | In the database | Lost | Duplicated | Unanswered "
                        + "| Failed, told | Failed, not told | Failed but stored | Longest wait | Serves again after "
                        + "| Ready again after | Readiness DOWN during | Slowest readiness answer | Liveness UP throughout |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|---|\n");
        for (FaultFigures f : MEASURED) {
            md.append("| ")
                    .append(f.fault)
                    .append(" | ")
                    .append(f.attempts)
                    .append(" | ")
                    .append(f.confirmed)
                    .append(" | ")
                    .append(f.inDatabase)
                    .append(" | ")
                    .append(f.lost)
                    .append(" | ")
                    .append(f.duplicated)
                    .append(" | ")
                    .append(f.unanswered)
                    .append(" | ")
                    .append(f.failedAndTold)
                    .append(" | ")
                    .append(f.failedNotTold)
                    .append(" | ")
                    .append(f.storedThoughFailed)
                    .append(" | ")
                    .append(seconds(f.longestWaitMillis))
                    .append(" | ")
                    .append(seconds(f.servesAgainMillis))
                    .append(" | ")
                    .append(seconds(f.readyAgainMillis))
                    .append(" | ")
                    .append(f.readinessDownDuring ? "yes" : "no")
                    .append(" | ")
                    .append(seconds(f.slowestReadinessMillis))
                    .append(" | ")
                    .append(f.livenessAlwaysUp ? "yes" : "no")
                    .append(f.livenessMissedInARow > 0 ? " (" + f.livenessMissedInARow + " unanswered in a row)" : "")
                    .append(" |\n");
        }
        List<String> notes = MEASURED.stream()
                .flatMap(f -> f.notToldFailures.stream().map(n -> f.fault + ": " + n))
                .toList();
        if (!notes.isEmpty()) {
            md.append("\nFailures not told as an outage or conflict:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append(BrowserFigures.markdown());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seconds(long millis) {
        return millis < 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            String dirty = new String(new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                                    .start()
                                    .getInputStream()
                                    .readAllBytes())
                            .isBlank()
                    ? ""
                    : " (with uncommitted changes)";
            return git.waitFor() == 0 ? out + dirty : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
