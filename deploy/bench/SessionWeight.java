// Retained heap per Vaadin session, per screen (issue 13). Single-file Java 25 program, no dependencies:
//
//   java deploy/bench/SessionWeight.java --base http://127.0.0.1:8205/ --pid <app pid> --sessions 20 \
//       --screen 'name|user@example|route|element-id' [--screen ...] [--warmup 3] [--out dir]
//
// Run by deploy/bench/session-weight.sh, which starts the production jar and picks the routes. For each
// screen: W warm-up sessions (class loading, caches, connection buffers; kept open), a full GC and the
// live heap (jcmd GC.class_histogram, which collects first), N sessions opened one after the other and kept
// open, the live heap again: (after - before) / N is the retained heap per session. Each session does what
// a browser does, at the protocol level: GET /login, POST /login (form login with the page's CSRF token),
// GET the route, ?v-r=init, ui-navigate, the shell's and views' render acknowledgements ($server.rendered(),
// --no-ack leaves them out) and the grid's confirmUpdate calls; it checks that the navigation
// response carries the element id given for the screen (the view was built, not the login page or an
// error). A screen's route may be "-" with a user, for "signed in, home page" (the reference). The
// histograms are written to --out; the classes that grew most are printed per screen.
// Traffic goes to --base only, which must be a loopback address; the program stops by itself.
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SessionWeight {

    record Screen(String name, String user, String route, String expectId) {}

    record Histogram(long bytes, long instances, Map<String, long[]> perClass) {}

    static String base = "http://127.0.0.1:8205/";
    static String password = "Welkom-2026";
    static long pid;
    static int sessions = 20;
    static int warmup = 3;
    static Path out = Path.of("target/session-weight");
    /** Whether to send a view's render acknowledgement ($server.rendered()) as a browser does; --no-ack to compare. */
    static boolean ack = true;
    static final List<Screen> screens = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i].endsWith("/") ? args[i] : args[i] + "/";
                case "--pid" -> pid = Long.parseLong(args[++i]);
                case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--no-ack" -> ack = false;
                case "--screen" -> {
                    String[] p = args[++i].split("\\|");
                    screens.add(new Screen(p[0], p[1], p[2], p.length > 3 ? p[3] : null));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String host = URI.create(base).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("--base must be a loopback address, not " + host);
        }
        if (pid == 0 || screens.isEmpty()) throw new IllegalArgumentException("--pid and at least one --screen");
        Files.createDirectories(out);
        System.out.printf(Locale.ROOT, "%-22s %4s %12s %12s %12s %10s%n",
                "screen", "N", "before KiB", "after KiB", "KiB/session", "errors");
        StringBuilder report = new StringBuilder();
        for (Screen s : screens) {
            int errors = 0;
            for (int i = 0; i < warmup; i++) {
                if (!open(s, i == 0)) errors++;
            }
            Histogram before = histogram(s.name() + "-before");
            for (int i = 0; i < sessions; i++) {
                if (!open(s, false)) errors++;
            }
            Histogram after = histogram(s.name() + "-after");
            double perSession = (after.bytes() - before.bytes()) / 1024.0 / sessions;
            String line = String.format(Locale.ROOT, "%-22s %4d %12.0f %12.0f %12.1f %10d",
                    s.name(), sessions, before.bytes() / 1024.0, after.bytes() / 1024.0, perSession, errors);
            System.out.println(line);
            report.append(line).append('\n').append(grown(before, after)).append('\n');
        }
        Files.writeString(out.resolve("report.txt"), report);
        System.out.println();
        System.out.print(report);
    }

    /** The 15 classes whose live bytes grew most, per session. */
    static String grown(Histogram before, Histogram after) {
        List<Map.Entry<String, long[]>> grew = new ArrayList<>();
        for (var e : after.perClass().entrySet()) {
            long[] b = before.perClass().getOrDefault(e.getKey(), new long[2]);
            grew.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]}));
        }
        grew.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        StringBuilder b = new StringBuilder();
        for (var e : grew.subList(0, Math.min(15, grew.size()))) {
            b.append(String.format(Locale.ROOT, "    %9.1f KiB/session %8.1f instances/session  %s%n",
                    e.getValue()[1] / 1024.0 / sessions, (double) e.getValue()[0] / sessions, e.getKey()));
        }
        return b.toString();
    }

    /** Full GC, then the live objects per class (jcmd collects before it counts). */
    static Histogram histogram(String label) throws Exception {
        jcmd("GC.run");
        String text = jcmd("GC.class_histogram");
        Files.writeString(out.resolve(label + ".histo.txt"), text);
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        Pattern total = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
        Map<String, long[]> perClass = new HashMap<>();
        long bytes = -1, instances = -1;
        for (String line : text.split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                perClass.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, c) -> new long[] {a[0] + c[0], a[1] + c[1]});
                continue;
            }
            Matcher t = total.matcher(line);
            if (t.find()) {
                instances = Long.parseLong(t.group(1));
                bytes = Long.parseLong(t.group(2));
            }
        }
        if (bytes < 0) throw new IllegalStateException("no histogram total from jcmd: " + text);
        return new Histogram(bytes, instances, perClass);
    }

    static String jcmd(String command) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("jcmd " + command + ": " + text);
        return text;
    }

    // ---------------- one browser session at the protocol level ----------------

    /** Signs in and opens the screen's route in a new session, which stays open. False on any failure. */
    static boolean open(Screen screen, boolean verbose) {
        // The client is closed when the session is open, and with it its connection: an idle keep-alive connection
        // holds about 16 KiB of Tomcat buffers until the server times it out, which is not the session's weight
        // and made figures depend on how many of the last sessions' connections were still open at the count.
        // The server-side session stays (its cookie is simply not used again).
        try (HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            HttpResponse<String> login = http.send(get(base + "login"), HttpResponse.BodyHandlers.ofString());
            String csrf = meta(login.body(), "_csrf");
            String param = Optional.ofNullable(meta(login.body(), "_csrf_parameter")).orElse("_csrf");
            if (csrf == null) throw new IllegalStateException("no CSRF token on the login page");
            String form = "username=" + enc(screen.user()) + "&password=" + enc(password) + "&" + enc(param) + "=" + enc(csrf);
            HttpResponse<String> posted = http.send(
                    request(base + "login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = posted.headers().firstValue("location").orElse("");
            if (posted.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("login of " + screen.user() + ": " + posted.statusCode() + " " + location);
            }
            String route = screen.route().equals("-") ? "" : screen.route();
            HttpResponse<String> page = http.send(get(base + route), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) throw new IllegalStateException("GET /" + route + ": " + page.statusCode());
            new Ui(http, route, screen.expectId(), verbose).open();
            return true;
        } catch (Exception e) {
            System.err.println("session for " + screen.name() + " failed: " + e);
            return false;
        }
    }

    static final class Ui {
        final HttpClient http;
        final String route;
        final String expectId;
        final boolean verbose;
        String csrf;
        int uiId, clientId, promise;
        long syncId;

        Ui(HttpClient http, String route, String expectId, boolean verbose) {
            this.http = http;
            this.route = route;
            this.expectId = expectId;
            this.verbose = verbose;
        }

        void open() throws Exception {
            HttpResponse<String> r = http.send(get(base + "?" + initQuery()), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> init = parse("init", r);
            Map<String, Object> appConfig = map(init.get("appConfig"));
            uiId = ((Number) appConfig.get("v-uiId")).intValue();
            Map<String, Object> uidl = map(appConfig.get("uidl"));
            csrf = (String) uidl.get("Vaadin-Security-Key");
            clientId = ((Number) uidl.get("clientId")).intValue();
            syncId = ((Number) uidl.get("syncId")).longValue();
            String[] body = new String[1];
            Map<String, Object> nav = uidl(
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + esc(route)
                            + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}",
                    body);
            if (verbose) {
                Files.writeString(out.resolve("navigate-" + route.replaceAll("[^A-Za-z0-9]+", "_") + ".json"), body[0]);
            }
            if (expectId != null && !body[0].contains("\"value\":\"" + expectId + "\"")) {
                throw new IllegalStateException("no element #" + expectId + " after navigating to /" + route);
            }
            confirms(nav);
        }

        /** Grids ask for the confirmation of each update they got, as the browser's grid connector does. */
        void confirms(Map<String, Object> resp) throws Exception {
            List<Object> ex = list(resp.get("execute"));
            if (ex == null) return;
            for (Object o : ex) {
                List<Object> call = list(o);
                if (call == null || call.size() < 2) continue;
                // The acknowledgement the browser sends at once after a navigation (the shell, ADR 0105) or a
                // dashboard's render (ADR 0075): this.$server.rendered(), called as a browser does.
                if (call.getLast() instanceof String s && s.contains("$server.rendered(")) {
                    if (!ack) continue;
                    int node = ((Number) map(call.get(0)).get("@v-node")).intValue();
                    confirms(uidl("{\"type\":\"publishedEventHandler\",\"node\":" + node
                            + ",\"templateEventMethodName\":\"rendered\",\"templateEventMethodArgs\":[],\"promise\":"
                            + (promise++) + "}", new String[1]));
                    continue;
                }
                if (!(call.getLast() instanceof String s) || !s.contains("$connector.confirm(")) continue;
                int node = ((Number) map(call.get(0)).get("@v-node")).intValue();
                int id = ((Number) call.get(1)).intValue();
                confirms(uidl("{\"type\":\"publishedEventHandler\",\"node\":" + node
                        + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + id
                        + "],\"promise\":" + (promise++) + "}", new String[1]));
            }
        }

        Map<String, Object> uidl(String rpc, String[] body) throws Exception {
            String json = "{\"csrfToken\":\"" + esc(csrf) + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> r = http.send(
                    request(base + "?v-r=uidl&v-uiId=" + uiId)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            body[0] = r.body();
            Map<String, Object> m = parse("uidl", r);
            Map<String, Object> meta = map(m.get("meta"));
            if (meta != null && (meta.containsKey("sessionExpired") || meta.containsKey("appError"))) {
                throw new IllegalStateException("uidl meta " + meta);
            }
            clientId = ((Number) m.get("clientId")).intValue();
            syncId = ((Number) m.get("syncId")).longValue();
            return m;
        }

        String initQuery() {
            String[][] p = {{"v-r", "init"}, {"location", route}, {"query", ""}, {"v-sh", "900"}, {"v-sw", "1400"},
                {"v-wh", "900"}, {"v-ww", "1400"}, {"v-bh", "900"}, {"v-bw", "1400"},
                {"v-curdate", "" + System.currentTimeMillis()}, {"v-tzo", "-60"}, {"v-dstd", "60"}, {"v-rtzo", "-60"},
                {"v-dston", "false"}, {"v-tzid", "Europe/Amsterdam"}, {"v-wn", "v-" + UUID.randomUUID()},
                {"v-td", "false"}, {"v-pr", "1"}, {"v-np", "Linux x86_64"}, {"v-cs", ""}, {"v-pv", "VISIBLE"},
                {"v-fs", "NOT_FULLSCREEN"}, {"v-so", "landscape-primary"}, {"v-soa", "0"}, {"v-tn", "aura"},
                {"v-ga", "PROMPT"}, {"v-wla", "SUPPORTED"}, {"v-ws", "false"}};
            StringJoiner j = new StringJoiner("&");
            for (String[] kv : p) j.add(kv[0] + "=" + enc(kv[1]));
            return j.toString();
        }
    }

    static Map<String, Object> parse(String what, HttpResponse<String> r) {
        if (r.statusCode() != 200) throw new IllegalStateException(what + ": http " + r.statusCode());
        String s = r.body().startsWith("for(;;);") ? r.body().substring(8) : r.body();
        Object o = new Json(s).parse();
        if (o instanceof List<?> l && l.size() == 1) o = l.get(0);
        Map<String, Object> m = map(o);
        if (m == null) throw new IllegalStateException(what + ": not a JSON object");
        return m;
    }

    static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*content=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static HttpRequest get(String url) {
        return request(url).GET().build();
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) SessionWeight")
                .header("Accept-Language", "nl-NL,nl;q=0.9")
                .header("Origin", base.substring(0, base.length() - 1))
                .header("Referer", base);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : null;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Just enough JSON for Vaadin's responses. */
    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = value();
            ws();
            if (i != s.length()) throw new IllegalStateException("trailing data at " + i);
            return v;
        }

        void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = str();
                    ws();
                    expect(':');
                    m.put(k, value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect('}');
                    return m;
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect(']');
                    return l;
                }
            }
            if (c == '"') return str();
            for (String lit : new String[] {"true", "false", "null"}) {
                if (s.startsWith(lit, i)) {
                    i += lit.length();
                    return lit.equals("null") ? null : Boolean.valueOf(lit);
                }
            }
            int st = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            if (st == i) throw new IllegalStateException("unexpected '" + c + "' at " + i);
            return Double.parseDouble(s.substring(st, i));
        }

        void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalStateException("expected " + c + " at " + i);
            i++;
        }

        String str() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }
}
