package nl.uitzicht.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.analysis.ScoringRounds;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.e2e.Axe.Finding;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.invitation.Invitations;
import nl.uitzicht.invitation.ParentInvitations;
import nl.uitzicht.parent.OwnPlanAccess;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.AuthenticatorApp;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.1 A/AA with axe-core, in production mode (the production frontend bundle, as users get
 * it): every demo role logs in and opens every route it may open, found in Vaadin's route registry
 * and its access annotations (routes with a parameter on real demo ids), plus a page that does not
 * exist and one it may not open; anonymous visitors get the login, invitation and error pages.
 * The test fails on any serious or critical finding and prints a summary per route.
 * <p>
 * Speed (docs/performance.md, Build time): the visits run on two browsers at once, axe is an init
 * script of each page, and a page counts as ready when Vaadin is idle and its components have
 * rendered, not after a fixed pause.
 */
@AppTest
class AccessibilityE2ETest {

    static final String PASSWORD = "Welkom-2026";
    static final String UNKNOWN_ROUTE = "bestaat-niet";

    /** The demo accounts, one per role; the trainer works in two regions and picks PO2999. */
    static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put(Role.OPERATOR_NAME, "operator@uitzicht.demo");
        ACCOUNTS.put(Role.REGION_ADMIN_NAME, "beheer@waterlinie.demo");
        ACCOUNTS.put(Role.SCHOOL_STAFF_NAME, "ib@waterlinie.demo");
        ACCOUNTS.put(Role.TRAINER_NAME, "trainer@waterlinie.demo");
        ACCOUNTS.put(Role.POLICY_NAME, "beleid@waterlinie.demo");
        ACCOUNTS.put(Role.CASE_MANAGER_NAME, "casemanager@waterlinie.demo");
        ACCOUNTS.put(Role.EXPERT_NAME, "orthopedagoog@waterlinie.demo");
    }

    /** Pages whose fixes are worth a look (target/screenshots/a11y-*.png), with the part to show. */
    static final Map<String, String> SCREENSHOTS =
            Map.of("achterban", ".ii-grid", "analyse/checklists", "vaadin-grid", "logboek", "vaadin-date-picker");

    static final Map<String, String> FIRST_MONTH = Map.of("nl", "januari", "en", "January");

    /** Browsers at once (see {@link #inParallel}). */
    static final int BROWSERS = 2;

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    SystemWork systemWork;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    RegionDirectory regions;

    @Autowired
    Checklists checklists;

    @Autowired
    ScoringRounds rounds;

    @Autowired
    nl.uitzicht.analysis.OppUploads uploads;

    @Autowired
    Invitations invitations;

    @Autowired
    FreshDatabase db;

    @Autowired
    ParentInvitations parentInvitations;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    OwnPlanAccess ownPlans;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void noRouteOfAnyRoleHasSeriousOrCriticalFindings() {
        Instant start = Instant.now();
        List<RouteData> routes = RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)))
                .getAvailableRoutes();
        assertThat(routes).as("registered routes").hasSizeGreaterThan(20);
        Map<String, List<String>> parameters = demoParameters();

        Parent parent = activateParent(parameters);

        List<Function<Chromium, Map<String, List<Finding>>>> visits = new ArrayList<>();
        visits.add(browser -> visitAnonymously(browser, routes, parameters));
        ACCOUNTS.forEach(
                (role, email) -> visits.add(browser -> visitAs(browser, role, email, "nl", routes, parameters)));
        visits.add(browser -> visitAsParent(browser, parent, routes, parameters));
        // English once, for the role with the most pages (date pickers, numbers, dialogs' texts)
        visits.add(browser -> visitAs(
                browser, Role.REGION_ADMIN_NAME, ACCOUNTS.get(Role.REGION_ADMIN_NAME), "en", routes, parameters));
        Map<String, List<Finding>> byPage = inParallel(visits);

        System.out.println(summary(byPage));
        System.out.println("axe: " + byPage.size() + " pages checked in "
                + Duration.between(start, Instant.now()).toSeconds() + " s");
        List<String> blocking = byPage.entrySet().stream()
                .flatMap(e -> e.getValue().stream()
                        .filter(Finding::blocking)
                        .map(f -> e.getKey() + ": " + f.rule() + " (" + f.impact() + ") at " + f.target() + " - "
                                + f.summary()))
                .toList();
        if (!blocking.isEmpty()) {
            fail(blocking.size() + " serious or critical axe findings:\n" + String.join("\n", blocking));
        }
    }

    /**
     * The visits on {@link #BROWSERS} browsers at once, each visit in its own browser context as before
     * (the server and the browsers share the machine's cores; one browser leaves one of them mostly idle).
     * The findings come back in the order of the visits. Everything the server is asked outside the
     * browsers (demo ids, the parent's account) is done before, on the test's thread.
     */
    private static Map<String, List<Finding>> inParallel(List<Function<Chromium, Map<String, List<Finding>>>> visits) {
        List<Chromium> browsers = new CopyOnWriteArrayList<>();
        ThreadLocal<Chromium> own = ThreadLocal.withInitial(() -> {
            Chromium browser = Chromium.launchOwn();
            browsers.add(browser);
            return browser;
        });
        ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
        try {
            List<Future<Map<String, List<Finding>>>> running = visits.stream()
                    .map(visit -> pool.submit(() -> visit.apply(own.get())))
                    .toList();
            Map<String, List<Finding>> byPage = new LinkedHashMap<>();
            for (Future<Map<String, List<Finding>>> visit : running) {
                byPage.putAll(visit.get());
            }
            return byPage;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // the pool's threads are done with them (awaitTermination), so closing here is safe
            browsers.forEach(Chromium::close);
        }
    }

    /** The login page, the invitation page (usable and not), the second step and a missing page. */
    private Map<String, List<Finding>> visitAnonymously(
            Chromium browser, List<RouteData> routes, Map<String, List<String>> parameters) {
        String language = "nl";
        Page page = browser.laptop();
        Axe.addTo(page);
        Map<String, List<Finding>> found = new LinkedHashMap<>();
        for (String path : paths(routes, parameters, null)) {
            found.put("anonymous /" + path, check(page, path, language, "anonymous"));
        }
        found.put("anonymous /" + UNKNOWN_ROUTE, check(page, UNKNOWN_ROUTE, language, "anonymous"));
        page.context().close();
        return found;
    }

    private Map<String, List<Finding>> visitAs(
            Chromium browser,
            String role,
            String email,
            String language,
            List<RouteData> routes,
            Map<String, List<String>> parameters) {
        Page page = browser.laptop();
        Axe.addTo(page);
        // the language as chosen on the login page (the choice is a cookie)
        page.context().addCookies(List.of(new Cookie("uitzicht-lang", language).setUrl(base())));
        String who = "nl".equals(language) ? role : role + " (" + language + ")";
        Chromium.logIn(page, base(), email, PASSWORD);
        if (Role.TRAINER_NAME.equals(role)) {
            page.waitForURL("**/regio-kiezen");
            page.locator("#choose-PO2999").click();
        }
        page.locator("#current-user").waitFor();
        Map<String, List<Finding>> found = new LinkedHashMap<>();
        for (String path : paths(routes, parameters, role)) {
            found.put(who + " /" + path, check(page, path, language, role));
        }
        found.put(who + " /" + UNKNOWN_ROUTE, check(page, UNKNOWN_ROUTE, language, role));
        routes.stream()
                .filter(r -> !mayOpen(r, role) && !r.getTemplate().contains(":"))
                .findFirst()
                .ifPresent(denied -> found.put(
                        who + " /" + denied.getTemplate() + " (denied)",
                        check(page, denied.getTemplate(), language, role)));
        page.context().close();
        return found;
    }

    /** A parent's account, activated with its authenticator app's secret and the time step of its first code. */
    record Parent(String email, String password, String secret, long step) {}

    /**
     * A parent (ADR 0079): activated here through an invitation for a demo pupil (parents have no demo
     * account: their login needs an authenticator app's code, computed here).
     */
    private Parent activateParent(Map<String, List<String>> parameters) {
        String email = "ouder.a11y-" + System.nanoTime() + "@example.org";
        String password = "Zonnebloem-Kastanje-73";
        UUID po =
                systemWork.call(() -> regions.findByCode("PO2999").orElseThrow().getId());
        UUID pupil = UUID.fromString(parameters.get("ouder/kind/:pupilId").getFirst());
        String link = systemWork.call(() -> TenantContext.callAs(
                po,
                () -> parentInvitations
                        .invite(demoStaff(), pupil, email, "Olga Ouder", base())
                        .link()));
        String secret = secondFactors.newEnrolmentFor(email).secret();
        long step = Instant.now().getEpochSecond() / 30;
        parentInvitations.activate(
                link.substring(link.lastIndexOf('/') + 1),
                password,
                password,
                secret,
                AuthenticatorApp.code(secret, step),
                "127.0.0.1");
        return new Parent(email, password, secret, step);
    }

    /** The parent, on a phone, opens every route a parent may open. */
    private Map<String, List<Finding>> visitAsParent(
            Chromium browser, Parent parent, List<RouteData> routes, Map<String, List<String>> parameters) {
        String email = parent.email();
        String password = parent.password();
        String secret = parent.secret();
        // the visits before this one took a while: the current code, but never the activation's again
        long step = Math.max(Instant.now().getEpochSecond() / 30 - 1, parent.step());
        Page page = browser.phone();
        Axe.addTo(page);
        Chromium.logIn(page, base(), email, password);
        page.waitForURL("**/login/code");
        page.locator("#second-factor-code input").fill(AuthenticatorApp.code(secret, step + 1));
        page.locator("#second-factor-submit").click();
        page.waitForURL("**/ouder"); // signed in: a parent starts at their children (the phone hides the name)
        Map<String, List<Finding>> found = new LinkedHashMap<>();
        for (String path : paths(routes, parameters, Role.PARENT_NAME)) {
            found.put("PARENT /" + path, check(page, path, "nl", Role.PARENT_NAME));
        }
        found.put("PARENT /" + UNKNOWN_ROUTE, check(page, UNKNOWN_ROUTE, "nl", Role.PARENT_NAME));
        page.context().close();
        return found;
    }

    /** The demo school staff member with their schools, as a scope the system may use to invite a parent. */
    private StaffScope demoStaff() {
        UUID staff = accounts.findByEmail(ACCOUNTS.get(Role.SCHOOL_STAFF_NAME))
                .orElseThrow()
                .id();
        UUID po = regions.findByCode("PO2999").orElseThrow().getId();
        return new StaffScope(
                new Actor(staff, "Ilse IB"),
                accounts.membershipIn(staff, po).orElseThrow().schoolIds());
    }

    /**
     * The paths the role (null: anonymous) may open; a route with a parameter on each of its demo values.
     * {@code -Da11y.routes=mijn-plan,ouder} visits only the paths starting with one of those (a quick run
     * for the routes one works on; the full run visits all).
     */
    private static List<String> paths(List<RouteData> routes, Map<String, List<String>> parameters, String role) {
        List<String> only = java.util.Arrays.stream(
                        System.getProperty("a11y.routes", "").split(","))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList();
        return allPaths(routes, parameters, role).stream()
                .filter(path -> only.isEmpty() || only.stream().anyMatch(path::startsWith))
                .toList();
    }

    private static List<String> allPaths(List<RouteData> routes, Map<String, List<String>> parameters, String role) {
        List<String> paths = new ArrayList<>();
        for (RouteData route : routes) {
            if (!mayOpen(route, role)) {
                continue;
            }
            String template = route.getTemplate();
            if (!template.contains(":")) {
                paths.add(template);
                continue;
            }
            List<String> values = parameters.get(template);
            assertThat(values)
                    .as("demo values for the route " + template + " (add them to demoParameters)")
                    .isNotNull()
                    .isNotEmpty();
            // the parameter's segment replaced, so a route like leerlingen/:pupilId/ouders keeps its tail
            values.forEach(value -> paths.add(template.replaceFirst(":[^/]+", value)));
        }
        return paths;
    }

    private static boolean mayOpen(RouteData route, String role) {
        Principal principal = role == null ? null : () -> role;
        return new AccessAnnotationChecker()
                .hasAccess(route.getNavigationTarget(), principal, name -> name.equals(role));
    }

    /** axe's findings, plus one if the page's language (html lang) is not the chosen one. */
    private List<Finding> check(Page page, String path, String language, String who) {
        page.navigate(base() + "/" + path);
        settle(page);
        if (SCREENSHOTS.containsKey(path)) {
            String name = "a11y-" + who.toLowerCase() + "-" + language + "-" + path.replace('/', '-');
            Chromium.screenshot(page, name);
            if (page.locator(SCREENSHOTS.get(path)).count() > 0) {
                page.locator(SCREENSHOTS.get(path))
                        .first()
                        .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                                .setPath(java.nio.file.Path.of("target", "screenshots", name + "-part.png")));
            }
        }
        List<Finding> findings = new ArrayList<>(Axe.check(page));
        String lang = String.valueOf(page.evaluate("() => document.documentElement.lang"));
        if (!lang.startsWith(language)) {
            findings.add(new Finding(
                    "html-lang-is-the-chosen-language",
                    "serious",
                    "html",
                    "lang=\"" + lang + "\" on a page shown in " + language));
        }
        // the texts a date picker shows: the ones set from Flow merged with the component's defaults
        Object months = page.evaluate("() => Array.from(document.querySelectorAll('vaadin-date-picker'))"
                + ".map(p => ((p.__effectiveI18n || p.i18n || {}).monthNames || ['?'])[0]).join(',')");
        for (String first : String.valueOf(months).split(",")) {
            if (!first.isEmpty() && !first.equals(FIRST_MONTH.get(language))) {
                // every date picker comes from the UI kit (DatePickers), which follows the chosen language
                findings.add(new Finding(
                        "date-picker-language",
                        "serious",
                        "vaadin-date-picker",
                        "month names start with \"" + first + "\" on a page shown in " + language));
            }
        }
        return findings;
    }

    /** Vaadin has no request in flight. */
    private static final String FLOW_IDLE = "() => document.readyState === 'complete' && (!window.Vaadin"
            + " || !window.Vaadin.Flow || Object.values(window.Vaadin.Flow.clients || {})"
            + ".every(c => typeof c.isActive !== 'function' || !c.isActive()))";

    /**
     * Every web component (in the page and in shadow roots) has rendered its last change (Lit's
     * {@code updateComplete}), then two animation frames have passed (what components schedule for the
     * next frame, such as a grid's rows).
     */
    private static final String RENDERED = """
            async () => {
              const updates = [];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                if (e.updateComplete instanceof Promise) updates.push(e.updateComplete);
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              await Promise.all(updates);
              await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            }""";

    /**
     * Waits until the page has loaded, Vaadin has no request in flight and the web components have
     * rendered the server's changes; twice, as a component that renders may ask the server for more
     * (a grid its rows), without a fixed pause.
     */
    private static void settle(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        for (int round = 0; round < 2; round++) {
            page.waitForFunction(FLOW_IDLE);
            page.evaluate(RENDERED);
        }
        page.waitForFunction(FLOW_IDLE);
    }

    /**
     * Real demo ids for the routes with a parameter: an OPP in each state of the school staff's
     * schools, a scored round of generated data and a new round the staff member rates in, and an
     * invitation link that can be used as well as one that cannot.
     */
    private Map<String, List<String>> demoParameters() {
        return systemWork.call(this::demoValues);
    }

    private Map<String, List<String>> demoValues() {
        UUID po = regions.findByCode("PO2999").orElseThrow().getId();
        List<String> opps = db.ownerQuery(
                "select distinct on (o.state) o.id from opp o join school s on s.id = o.school_id"
                        + " where s.brin in ('99AA', '99AB') and o.created_by <> 'generator' order by o.state, o.created_at");
        assertThat(opps).as("demo OPPs in every state").hasSize(6);
        String generatedRound = db.ownerQuery(
                        "select id from scoring_round where tenant_id = '" + po + "'" + " order by created_at limit 1")
                .getFirst();
        UUID trainer = accounts.findByEmail(ACCOUNTS.get(Role.TRAINER_NAME))
                .orElseThrow()
                .id();
        UUID admin = accounts.findByEmail(ACCOUNTS.get(Role.REGION_ADMIN_NAME))
                .orElseThrow()
                .id();
        UUID staff = accounts.findByEmail(ACCOUNTS.get(Role.SCHOOL_STAFF_NAME))
                .orElseThrow()
                .id();
        UUID[] openRound = new UUID[1];
        TenantContext.runAs(
                po,
                () -> openRound[0] = rounds.start(
                                new Analyst(new Actor(trainer, "Tamara Trainer"), Set.of(Role.TRAINER), Set.of()),
                                "Toegankelijkheidsronde",
                                checklists.current().getFirst().id(),
                                opps.stream().limit(2).map(UUID::fromString).toList(),
                                List.of(admin, staff),
                                2)
                        .id());
        // an OPP written elsewhere, uploaded into the open round and waiting for the trainer's check (ADR 0096)
        UUID uploadSchool = UUID.fromString(
                db.ownerQuery("select id from school where brin = '99AA' and tenant_id = '" + po + "' limit 1")
                        .getFirst());
        UUID upload = TenantContext.callAs(
                po,
                () -> uploads.upload(
                                new Analyst(new Actor(trainer, "Tamara Trainer"), Set.of(Role.TRAINER), Set.of()),
                                openRound[0],
                                uploadSchool,
                                nl.uitzicht.testing.UploadFixtures.docx(),
                                List.of())
                        .id());
        String link = invitations
                .inviteRegionAdmin(
                        regions.findByCode("VO2999").orElseThrow().getId(),
                        "nieuw.beheer@heuvelrug.demo",
                        "Nina Nieuw",
                        Actor.SYSTEM,
                        base())
                .link();
        assertThat(link).as("invitation link (no mail server in tests)").isNotNull();
        // a parent's invitation that stays open (its activation page), and pupils for the parents' routes
        List<String> pupils = java.util.stream.Stream.of("ACTIVE", "IN_CONSULTATION")
                .map(state -> db.ownerQuery("select o.pupil_id from opp o join school s on s.id = o.school_id"
                                + " where s.brin in ('99AA', '99AB') and o.created_by <> 'generator' and o.state = '"
                                + state + "'"
                                + DemoPupils.ROOM_FOR_A_PARENT
                                + " order by o.created_at limit 1")
                        .getFirst())
                .toList();
        String parentLink = TenantContext.callAs(
                po,
                () -> parentInvitations
                        .invite(
                                demoStaff(),
                                UUID.fromString(pupils.get(1)),
                                "ouder.open@example.org",
                                "Otto Ouder",
                                base())
                        .link());
        Map<String, List<String>> parameters = new TreeMap<>();
        parameters.put(
                "uitnodiging/ouder/:token",
                List.of(parentLink.substring(parentLink.lastIndexOf('/') + 1), "verlopen-of-onbekend"));
        parameters.put("ouder/kind/:pupilId", List.of(pupils.get(0)));
        // the same pupil may look at their own plan on the parent's account ("mijn plan", ADR 0087)
        TenantContext.runAs(po, () -> {
            UUID pupil = UUID.fromString(pupils.get(0));
            ownPlans.set(
                    demoStaff(),
                    pupil,
                    true,
                    ownPlans.status(demoStaff(), pupil).version());
        });
        parameters.put("mijn-plan/:pupilId", List.of(pupils.get(0)));
        parameters.put("leerlingen/:pupilId/ouders", List.of(pupils.get(0)));
        // requests to the region (issue 16): the demo requests in their states, an expert's assigned one
        List<String> requests = db.ownerQuery("select distinct on (status) id from support_request where tenant_id = '"
                + po + "' order by status, created_at");
        parameters.put(
                "aanvragen/nieuw/:oppId",
                db.ownerQuery("select o.id from opp o join school s on s.id = o.school_id where s.brin in ('99AA',"
                        + " '99AB') and o.created_by <> 'generator' and o.state not in ('CLOSED', 'DISCARDED')"
                        + " order by o.created_at limit 1"));
        parameters.put("aanvragen/:requestId", requests);
        parameters.put(
                "regio/aanvragen/:requestId",
                db.ownerQuery("select distinct on (status) id from support_request where tenant_id = '" + po
                        + "' and status <> 'DRAFT' order by status, created_at"));
        parameters.put(
                "adviezen/:requestId",
                db.ownerQuery(
                        "select e.request_id from support_request_expert e join user_account a on a.id ="
                                + " e.expert_account_id where a.email = 'orthopedagoog@waterlinie.demo' order by e.assigned_at"));
        parameters.put("opp/plan/:___url_parameter", opps);
        parameters.put("opp/audit/:___url_parameter", opps.subList(0, 1));
        parameters.put("analyse/ronde/:___url_parameter", List.of(generatedRound, openRound[0].toString()));
        parameters.put("analyse/upload/:___url_parameter", List.of(upload.toString()));
        parameters.put(
                "uitnodiging/:token", List.of(link.substring(link.lastIndexOf('/') + 1), "verlopen-of-onbekend"));
        return parameters;
    }

    /** Route, then the number of findings per impact (all impacts, the blocking ones last). */
    private static String summary(Map<String, List<Finding>> byPage) {
        StringBuilder out =
                new StringBuilder("axe-core WCAG 2.1 A/AA findings per page (minor/moderate/serious/critical):\n");
        byPage.forEach((page, findings) -> {
            Map<String, Long> counts =
                    findings.stream().collect(Collectors.groupingBy(Finding::impact, Collectors.counting()));
            out.append(String.format(
                    "  %-70s %d/%d/%d/%d%s%n",
                    page,
                    counts.getOrDefault("minor", 0L),
                    counts.getOrDefault("moderate", 0L),
                    counts.getOrDefault("serious", 0L),
                    counts.getOrDefault("critical", 0L),
                    findings.stream()
                            .filter(Finding::serious)
                            .map(f -> f.upstream() ? f.rule() + " (Vaadin component, accepted)" : f.rule())
                            .distinct()
                            .collect(Collectors.joining(", ", "  ", ""))));
        });
        return out.toString();
    }
}
