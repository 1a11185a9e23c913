package nl.uitzicht.demo.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated person's school day, as the UI load driver plays it: a real login, then until the run
 * ends, with 2-5 s of thinking before every action: school staff open the worklist, open one of their
 * OPPs, change the pupil's view and save (editable plans), add a monitoring note (consented plans) and go
 * back to the worklist; policy officers open the dashboard and change the school year filter; trainers
 * open their achterban map. A failure is counted and the person logs in again.
 */
final class UiLoadUser {

    /** A line of the users file: {@code role;email;password;oppId:STATE,...}. */
    record Account(String role, String email, String password, List<String> opps) {
        static Account parse(String line) {
            String[] p = line.split(";", -1);
            List<String> opps = p.length > 3 && !p[3].isBlank() ? List.of(p[3].split(",")) : List.of();
            return new Account(p[0], p[1], p[2], opps);
        }
    }

    private static final List<String> EDITABLE = List.of("DRAFT", "IN_CONSULTATION", "IN_EVALUATION");
    private static final List<String> CONSENTED = List.of("ACTIVE", "IN_EVALUATION");
    private static final int PUPIL_VIEW_TAB = 3;
    private static final int MONITORING_TAB = 5;

    private final Account account;
    private final HttpClient http;
    private final String base;
    private final int node;
    private final UiLoadStats stats;
    private final UiLoad.Settings settings;
    private final long end;
    private UiLoadClient client;
    private int nextOpp;
    private int saves;

    UiLoadUser(
            Account account,
            HttpClient http,
            String base,
            int node,
            UiLoadStats stats,
            UiLoad.Settings settings,
            long end) {
        this.account = account;
        this.http = http;
        this.base = base;
        this.node = node;
        this.stats = stats;
        this.settings = settings;
        this.end = end;
        this.client = newClient();
        this.nextOpp = account.opps().isEmpty()
                ? 0
                : ThreadLocalRandom.current().nextInt(account.opps().size());
    }

    private UiLoadClient newClient() {
        return new UiLoadClient(http, base, node, stats, Duration.ofMillis(settings.timeoutMs()));
    }

    /** Plays the day until the end of the run; returns the number of failures. */
    int run() throws InterruptedException {
        int failures = 0;
        while (System.nanoTime() < end) {
            String action = "login";
            try {
                client = newClient();
                client.login(account.email(), account.password(), firstRoute());
                switch (account.role()) {
                    case "SCHOOL_STAFF" -> staffDay();
                    case "POLICY" -> policyDay();
                    case "TRAINER" -> trainerDay();
                    default -> throw new UiLoadClient.Failure("unknown role " + account.role());
                }
                return failures;
            } catch (UiLoadClient.Failure f) {
                failures++;
                action = f.getMessage().split(":", 2)[0];
                stats.error(action, f.getMessage());
                if (!think()) {
                    return failures;
                }
            }
        }
        return failures;
    }

    private String firstRoute() {
        return switch (account.role()) {
            case "SCHOOL_STAFF" -> "opp";
            case "POLICY" -> "dashboard";
            default -> "achterban";
        };
    }

    private void staffDay() throws UiLoadClient.Failure, InterruptedException {
        client.navigate("worklist", "opp");
        client.require("worklist", "opp-worklist");
        if (account.opps().isEmpty()) {
            throw new UiLoadClient.Failure("worklist: no OPP for " + account.email() + " in the users file");
        }
        while (think()) {
            String[] opp = account.opps().get(nextOpp++ % account.opps().size()).split(":");
            client.navigate("opp-open", "opp/plan/" + opp[0]);
            int tabs = client.require("opp-open", "opp-tabs");
            if (EDITABLE.contains(opp[1])) {
                if (!think()) {
                    return;
                }
                openTab(tabs, PUPIL_VIEW_TAB, "pupil-view");
                if (!think()) {
                    return;
                }
                client.typeAndClick(
                        "opp-save",
                        "pupil-view",
                        "Ik wil graag meer tijd voor rekenen (" + (++saves) + ").",
                        "pupil-view-save");
                expectSaved("opp-save");
                tabs = client.require("opp-save", "opp-tabs");
            }
            if (CONSENTED.contains(opp[1])) {
                if (!think()) {
                    return;
                }
                openTab(tabs, MONITORING_TAB, "observation-note");
                if (!think()) {
                    return;
                }
                // A note is about a goal: the combo box's item key comes from its data, as in the browser.
                int goal = client.require("monitoring-add", "observation-goal");
                String firstGoal = client.firstItemKey("monitoring-goals", goal);
                int note = client.require("monitoring-add", "observation-note");
                int save = client.require("monitoring-add", "observation-save");
                client.rpc(
                        "monitoring-add",
                        client.selectItem(goal, firstGoal),
                        client.sync(note, "value", "Werkt goed mee in de kleine groep (" + (++saves) + ")."),
                        "{\"type\":\"event\",\"node\":" + note + ",\"event\":\"change\",\"data\":{}}",
                        "{\"type\":\"event\",\"node\":" + save + ",\"event\":\"click\",\"data\":"
                                + client.tree().clickData(save) + "}");
                expectSaved("monitoring-add");
            }
            if (!think()) {
                return;
            }
            client.navigate("worklist", "opp");
            client.require("worklist", "opp-worklist");
        }
    }

    private void openTab(int tabSheet, int index, String expectId) throws UiLoadClient.Failure, InterruptedException {
        int tabs = client.tree().descendant(tabSheet, "vaadin-tabs");
        if (tabs < 0) {
            throw new UiLoadClient.Failure("opp-tab: no vaadin-tabs in opp-tabs");
        }
        client.rpc("opp-tab", client.sync(tabs, "selected", index));
        client.require("opp-tab", expectId);
    }

    private void expectSaved(String action) throws UiLoadClient.Failure {
        String body = client.lastBody();
        if (!body.contains("\"success\"")) {
            // say what the form said instead, if it said anything (a field's error message)
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "\"errorMessage\",\"feat\":\\d+,\"value\":\"([^\"]{1,80})")
                    .matcher(body);
            keepFirstFailure(action, body);
            throw new UiLoadClient.Failure(action + ": no success notice" + (m.find() ? " (" + m.group(1) + ")" : ""));
        }
    }

    /** The first answer without a success notice per action, kept in the temp directory for diagnosis. */
    private static void keepFirstFailure(String action, String body) {
        java.nio.file.Path file =
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "uiload-failure-" + action + ".json");
        try {
            java.nio.file.Files.writeString(file, body, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.io.IOException exists) {
            // kept already (or not writable): the error count says enough
        }
    }

    private void policyDay() throws UiLoadClient.Failure, InterruptedException {
        client.navigate("dashboard-open", "dashboard");
        client.require("dashboard-open", "filter-apply");
        while (think()) {
            int select = client.require("dashboard-filter", "filter-school-year");
            List<Integer> items = client.tree().descendants(select, "vaadin-select-item");
            Object current = client.tree().property(select, "value");
            String other = null;
            for (int item : items) {
                Object v = client.tree().property(item, "value");
                if (v != null && !v.equals(current)) {
                    other = String.valueOf(v);
                    if (ThreadLocalRandom.current().nextBoolean()) {
                        break;
                    }
                }
            }
            if (other == null) {
                throw new UiLoadClient.Failure("dashboard-filter: no other school year among " + items.size());
            }
            int apply = client.require("dashboard-filter", "filter-apply");
            client.rpc(
                    "dashboard-filter",
                    client.sync(select, "value", other),
                    "{\"type\":\"event\",\"node\":" + apply + ",\"event\":\"click\",\"data\":"
                            + client.tree().clickData(apply) + "}");
            if (!think()) {
                return;
            }
            if (ThreadLocalRandom.current().nextInt(3) == 0) {
                client.navigate("home", "");
                if (!think()) {
                    return;
                }
                client.navigate("dashboard-open", "dashboard");
                client.require("dashboard-open", "filter-apply");
            }
        }
    }

    private void trainerDay() throws UiLoadClient.Failure, InterruptedException {
        client.navigate("achterban-open", "achterban");
        client.require("achterban-open", "stakeholder-grid");
        while (think()) {
            client.navigate("home", "");
            if (!think()) {
                return;
            }
            client.navigate("achterban-open", "achterban");
            client.require("achterban-open", "stakeholder-grid");
        }
    }

    /** Thinks 2-5 s (the settings); false when the run ends before that. */
    private boolean think() throws InterruptedException {
        int ms = settings.thinkMinMs()
                + ThreadLocalRandom.current().nextInt(settings.thinkMaxMs() - settings.thinkMinMs() + 1);
        long until = System.nanoTime() + ms * 1_000_000L;
        if (until >= end) {
            return false;
        }
        Thread.sleep(Duration.ofMillis(ms));
        return true;
    }
}
