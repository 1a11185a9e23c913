package nl.uitzicht.demo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One browser tab as the UI load driver plays it: cookies, the real password login (the login page, the
 * form post with Spring Security's CSRF token from the page), Vaadin's bootstrap ({@code v-r=init}) and
 * UIDL round trips with their sync and client ids. Every request is timed into {@link UiLoadStats}
 * under the action it belongs to. A failed check throws {@link Failure}.
 */
final class UiLoadClient {

    /** A request that failed or an answer that was not what a browser would accept. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    private static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64) UitzichtUiLoad/1.0";

    private final HttpClient http;
    private final String base;
    private final int nodeIndex;
    private final UiLoadStats stats;
    private final Duration timeout;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UiTree tree = new UiTree();
    private String securityKey = "";
    private int uiId = -1;
    private int clientId;
    private long syncId;
    private int promise;
    private int historyIndex;
    private String lastBody = "";

    UiLoadClient(HttpClient http, String base, int nodeIndex, UiLoadStats stats, Duration timeout) {
        this.http = http;
        this.base = base;
        this.nodeIndex = nodeIndex;
        this.stats = stats;
        this.timeout = timeout;
    }

    UiTree tree() {
        return tree;
    }

    /** The raw body of the last UIDL answer (for checks such as "a success notice was shown"). */
    String lastBody() {
        return lastBody;
    }

    /** Opens the login page as a browser does, posts the form, and starts the UI at {@code route}. */
    void login(String email, String password, String route) throws Failure, InterruptedException {
        HttpResponse<String> page = send("login-page", get("login"));
        expectStatus("login-page", page, 200);
        Map<String, String> csrf = new LinkedHashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            csrf.put(m.group(1), m.group(2));
        }
        bootstrap("login-page", "login");
        navigate("login-page", "login");
        StringBuilder form = new StringBuilder()
                .append("username=")
                .append(enc(email))
                .append("&password=")
                .append(enc(password));
        if (csrf.containsKey("_csrf") && csrf.containsKey("_csrf_parameter")) {
            form.append('&')
                    .append(enc(csrf.get("_csrf_parameter")))
                    .append('=')
                    .append(enc(csrf.get("_csrf")));
        }
        HttpResponse<String> posted = send(
                "login",
                HttpRequest.newBuilder(URI.create(base + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base.substring(0, base.length() - 1))
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        String location = posted.headers().firstValue("location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new Failure("login: " + posted.statusCode() + " to '" + location + "'");
        }
        HttpResponse<String> index = send("index", get(route));
        expectStatus("index", index, 200);
        bootstrap("init", route);
    }

    /** {@code v-r=init}: a new UI in this session, at {@code route}. */
    private void bootstrap(String action, String route) throws Failure, InterruptedException {
        tree = new UiTree();
        historyIndex = 0;
        HttpResponse<String> r = send(action, get("?" + initQuery(route)));
        expectStatus(action, r, 200);
        Map<String, Object> init = json(action, r.body());
        Map<String, Object> appConfig = MiniJson.map(init.get("appConfig"));
        Map<String, Object> uidl = appConfig == null ? null : MiniJson.map(appConfig.get("uidl"));
        if (uidl == null || !(uidl.get("Vaadin-Security-Key") instanceof String key)) {
            throw new Failure(action + ": no UIDL in the bootstrap answer");
        }
        uiId = MiniJson.integer(appConfig.get("v-uiId"));
        securityKey = key;
        clientId = MiniJson.integer(uidl.get("clientId"));
        syncId = MiniJson.integer(uidl.get("syncId"));
        tree.absorb(uidl);
    }

    /** What the client-side router sends when a link is followed: the server builds the view at {@code route}. */
    Map<String, Object> navigate(String action, String route) throws Failure, InterruptedException {
        historyIndex++;
        return rpc(
                action,
                "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + MiniJson.quote(route)
                        + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + historyIndex
                        + "},\"trigger\":\"\"}}");
    }

    /** A click on the element with this id attribute. */
    Map<String, Object> click(String action, String id) throws Failure, InterruptedException {
        int node = require(action, id);
        return rpc(
                action,
                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + tree.clickData(node) + "}");
    }

    /** A property the browser synchronises (a field's value typed, a tab chosen), sent with the next click. */
    String sync(int node, String property, Object value) {
        String v = value instanceof String s ? MiniJson.quote(s) : String.valueOf(value);
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":" + MiniJson.quote(property)
                + ",\"value\":" + v + "}";
    }

    /**
     * The key of a combo box's first item, as the browser learns it: it asks the server for the first page of
     * items ({@code setViewportRange}, as when the list is opened) and reads the keys from the answer's
     * {@code $connector.set} call. The value is then chosen with {@link #selectItem}.
     */
    String firstItemKey(String action, int comboBox) throws Failure, InterruptedException {
        Map<String, Object> answer = rpc(
                action,
                "{\"type\":\"publishedEventHandler\",\"node\":" + comboBox
                        + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[0,50,\"\"],"
                        + "\"promise\":" + promise++ + "}");
        for (Object o : MiniJson.list(answer.get("execute"))) {
            List<Object> call = MiniJson.list(o);
            Map<String, Object> ref = call.isEmpty() ? null : MiniJson.map(call.getFirst());
            if (ref != null
                    && MiniJson.integer(ref.get("@v-node")) == comboBox
                    && call.getLast() instanceof String script
                    && script.contains("$connector.set(")
                    && call.size() >= 4) {
                for (Object item : MiniJson.list(call.get(2))) {
                    Map<String, Object> m = MiniJson.map(item);
                    if (m != null && m.get("key") != null) {
                        return String.valueOf(m.get("key"));
                    }
                }
            }
        }
        throw new Failure(action + ": the combo box sent no items");
    }

    /** A combo box's choice by item key, as the browser synchronises it (its {@code value} is the item's key). */
    String selectItem(int comboBox, String key) {
        return sync(comboBox, "value", key);
    }

    /** Typed text and then a click, in one request as the browser sends them (the change fires on blur). */
    Map<String, Object> typeAndClick(String action, String fieldId, String text, String buttonId)
            throws Failure, InterruptedException {
        int field = require(action, fieldId);
        int button = require(action, buttonId);
        return rpc(
                action,
                sync(field, "value", text),
                "{\"type\":\"event\",\"node\":" + field + ",\"event\":\"change\",\"data\":{}}",
                "{\"type\":\"event\",\"node\":" + button + ",\"event\":\"click\",\"data\":" + tree.clickData(button)
                        + "}");
    }

    int require(String action, String id) throws Failure {
        int node = tree.node(id);
        if (node < 0) {
            throw new Failure(action + ": no element with id '" + id + "'");
        }
        return node;
    }

    /** One UIDL round trip; grid updates the server asks to be confirmed are confirmed after it, as the browser does. */
    Map<String, Object> rpc(String action, String... invocations) throws Failure, InterruptedException {
        Map<String, Object> answer = uidl(action, String.join(",", invocations));
        String body = lastBody;
        confirmGridUpdates(answer);
        lastBody = body; // the action's own answer (its notice), not that of a confirmation sent after it
        return answer;
    }

    private Map<String, Object> uidl(String action, String rpc) throws Failure, InterruptedException {
        String body = "{\"csrfToken\":" + MiniJson.quote(securityKey) + ",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> r = send(
                action,
                HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("Origin", base.substring(0, base.length() - 1))
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        expectStatus(action, r, 200);
        Map<String, Object> m = json(action, r.body());
        Map<String, Object> meta = MiniJson.map(m.get("meta"));
        if (meta != null
                && (meta.containsKey("sessionExpired") || meta.containsKey("appError") || meta.containsKey("async"))) {
            throw new Failure(action + ": meta " + meta.keySet());
        }
        int cid = MiniJson.integer(m.get("clientId"));
        long sid = MiniJson.integer(m.get("syncId"));
        if (cid != clientId + 1 || sid != syncId + 1) {
            throw new Failure(action + ": out of sync (clientId " + cid + ", syncId " + sid + ")");
        }
        clientId = cid;
        syncId = sid;
        lastBody = r.body();
        tree.absorb(m);
        return m;
    }

    private void confirmGridUpdates(Map<String, Object> answer) throws Failure, InterruptedException {
        for (Object o : MiniJson.list(answer.get("execute"))) {
            List<Object> call = MiniJson.list(o);
            if (call.size() >= 2
                    && call.getLast() instanceof String script
                    && script.contains("$server.rendered(")
                    && MiniJson.map(call.getFirst()) != null) {
                // the acknowledgement of a navigation (the shell) or a dashboard render, as the browser sends it (ADR
                // 0075, 0105)
                uidl(
                        "render-ack",
                        "{\"type\":\"publishedEventHandler\",\"node\":"
                                + MiniJson.integer(MiniJson.map(call.getFirst()).get("@v-node"))
                                + ",\"templateEventMethodName\":\"rendered\",\"templateEventMethodArgs\":[],"
                                + "\"promise\":" + promise++ + "}");
                continue;
            }
            if (call.size() < 2
                    || !(call.getLast() instanceof String script)
                    || !script.contains("$connector.confirm(")) {
                continue;
            }
            Map<String, Object> ref = MiniJson.map(call.getFirst());
            if (ref == null) {
                continue;
            }
            uidl(
                    "grid-confirm",
                    "{\"type\":\"publishedEventHandler\",\"node\":" + MiniJson.integer(ref.get("@v-node"))
                            + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":["
                            + MiniJson.integer(call.get(1)) + "],\"promise\":" + promise++ + "}");
        }
    }

    private String initQuery(String route) {
        String[][] p = {
            {"v-r", "init"},
            {"location", route},
            {"query", ""},
            {"v-sh", "900"},
            {"v-sw", "1440"},
            {"v-wh", "800"},
            {"v-ww", "1440"},
            {"v-bh", "800"},
            {"v-bw", "1440"},
            {"v-curdate", "" + System.currentTimeMillis()},
            {"v-tzo", "-60"},
            {"v-dstd", "60"},
            {"v-rtzo", "-60"},
            {"v-dston", "false"},
            {"v-tzid", "Europe/Amsterdam"},
            {"v-wn", "v-" + ThreadLocalRandom.current().nextLong()},
            {"v-td", "false"},
            {"v-pr", "1"},
            {"v-np", "Linux x86_64"},
            {"v-cs", ""},
            {"v-pv", "VISIBLE"},
            {"v-fs", "NOT_FULLSCREEN"},
            {"v-so", "landscape-primary"},
            {"v-soa", "0"},
            {"v-tn", "lumo"},
            {"v-ga", "PROMPT"},
            {"v-wla", "SUPPORTED"},
            {"v-ws", "false"}
        };
        StringBuilder b = new StringBuilder();
        for (String[] kv : p) {
            if (!b.isEmpty()) {
                b.append('&');
            }
            b.append(kv[0]).append('=').append(enc(kv[1]));
        }
        return b.toString();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    private HttpResponse<String> send(String action, HttpRequest.Builder b) throws Failure, InterruptedException {
        b.timeout(timeout).header("User-Agent", AGENT).header("Accept-Language", "nl-NL,nl;q=0.9");
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) ->
                    c.append(c.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            stats.record(action, nodeIndex, start, System.nanoTime() - start);
            for (String set : r.headers().allValues("set-cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(
                            pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return r;
        } catch (IOException e) {
            throw new Failure(action + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static void expectStatus(String action, HttpResponse<String> r, int status) throws Failure {
        if (r.statusCode() != status) {
            throw new Failure(action + ": HTTP " + r.statusCode());
        }
    }

    private static Map<String, Object> json(String action, String body) throws Failure {
        try {
            Object o = MiniJson.parse(body);
            List<Object> l = MiniJson.list(o);
            Map<String, Object> m = MiniJson.map(l.size() == 1 ? l.getFirst() : o);
            if (m == null) {
                throw new Failure(action + ": not a JSON object");
            }
            return m;
        } catch (RuntimeException e) {
            throw new Failure(action + ": bad JSON (" + e.getMessage() + ")");
        }
    }

    private static String enc(@Nullable String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
