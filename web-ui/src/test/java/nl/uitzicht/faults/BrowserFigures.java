package nl.uitzicht.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * What one fault did to the staff in browsers ({@link BrowserStaff}), as their screens said it and as the
 * database holds it: clicks on Opslaan; confirmed ("Opgeslagen als wijziging N"); in the database (the
 * change the confirmation named committed exactly that text for that plan); lost (confirmed, but that change
 * does not hold that text: never committed, or an earlier click's answer passing for a later one);
 * duplicated (one text committed by more than one transaction); unanswered (nothing on screen within the
 * hang guard); answered after the 5 s; raw errors (Vaadin's own: system error, "Invalid JSON",
 * reconnecting); failed and told in Dutch as an outage or a conflict; failed and told anything else; failures
 * after which the typed text was no longer in the field; failed but stored after all; the longest wait (the
 * browser's clock); and how long after the repair a browser user had a save confirmed again.
 */
record BrowserFigures(
        String fault,
        int attempts,
        int retries,
        int confirmed,
        int inDatabase,
        int lost,
        int duplicated,
        int unanswered,
        int answeredAfterBound,
        int rawErrors,
        int failedAndTold,
        int failedNotTold,
        int textNotKept,
        int storedThoughFailed,
        long longestWaitMillis,
        long servesAgainMillis,
        List<String> problems) {

    static final List<BrowserFigures> MEASURED = new ArrayList<>();
    static final List<ScreenAnswer> SCREENS = new ArrayList<>();

    /**
     * Another page than the editor during a fault: what was done (e.g. "another screen opened", "log in"),
     * how long until the screen answered (ms; -1 if not within the hang guard), what it said, and whether that
     * was the Dutch outage message.
     */
    record ScreenAnswer(String fault, String action, long millis, String said, boolean toldOutage) {}

    static synchronized void measured(BrowserFigures figures) {
        MEASURED.add(figures);
    }

    static synchronized void measured(ScreenAnswer answer) {
        SCREENS.add(answer);
    }

    /** The Markdown table of the browser users, and the other screens' answers (empty if none measured). */
    static synchronized String markdown() {
        if (MEASURED.isEmpty() && SCREENS.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append("\n## In the browser\n\n");
        md.append("| Fault | Attempts (retries) | Confirmed | In the database | Lost | Duplicated | Unanswered "
                + "| Answered after 5 s | Raw errors | Failed, told | Failed, not told | Text gone after a failure "
                + "| Failed but stored | Longest wait | Serves again after |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (BrowserFigures f : MEASURED) {
            md.append("| ")
                    .append(f.fault)
                    .append(" | ")
                    .append(f.attempts)
                    .append(" (")
                    .append(f.retries)
                    .append(") | ")
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
                    .append(f.answeredAfterBound)
                    .append(" | ")
                    .append(f.rawErrors)
                    .append(" | ")
                    .append(f.failedAndTold)
                    .append(" | ")
                    .append(f.failedNotTold)
                    .append(" | ")
                    .append(f.textNotKept)
                    .append(" | ")
                    .append(f.storedThoughFailed)
                    .append(" | ")
                    .append(FaultFigures.seconds(f.longestWaitMillis))
                    .append(" | ")
                    .append(FaultFigures.seconds(f.servesAgainMillis))
                    .append(" |\n");
        }
        if (!SCREENS.isEmpty()) {
            md.append("\nOther screens:\n\n");
            for (ScreenAnswer s : SCREENS) {
                md.append("- ")
                        .append(s.fault)
                        .append(", ")
                        .append(s.action)
                        .append(": ")
                        .append(s.millis < 0 ? "no answer" : "answered in " + FaultFigures.seconds(s.millis))
                        .append(s.toldOutage ? ", the Dutch outage message" : ", NOT the outage message")
                        .append(": \"")
                        .append(s.said.replace('\n', ' ').replace("|", "\\|"))
                        .append("\"\n");
            }
        }
        List<String> problems = MEASURED.stream()
                .flatMap(f -> f.problems.stream().map(n -> f.fault + ": " + n))
                .toList();
        if (!problems.isEmpty()) {
            md.append("\nWhat the browser users were told that was not the truth, or nothing:\n\n");
            problems.forEach(n -> md.append("- ").append(n.replace('\n', ' ')).append('\n'));
        }
        return md.toString();
    }
}
