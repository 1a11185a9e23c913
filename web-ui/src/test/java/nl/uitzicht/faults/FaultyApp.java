package nl.uitzicht.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.UitzichtApplication;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.testing.RedisServer;
import nl.uitzicht.testing.SharedTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application (as production runs it: its own Hikari and timeout settings, Redis on, the UI
 * in production mode) on a {@link ThrowawayPostgres} and a throwaway {@link RedisServer}, with the demo
 * data, a few staff members of its own, and a commit log: a trigger that notes every committed change of
 * a plan's pupil view with its transaction id, so a test can compare what the database holds with what
 * each user was told.
 */
final class FaultyApp implements AutoCloseable {

    static final String REGION = "PO2999";
    static final String PASSWORD = "Welkom-2026";
    static final String APP_ROLE = "uitzicht_app";

    final ThrowawayPostgres pg;
    final RedisServer redis;
    final SharedTestDatabase database;
    private final ConfigurableApplicationContext context;

    private FaultyApp(
            ThrowawayPostgres pg,
            RedisServer redis,
            SharedTestDatabase database,
            ConfigurableApplicationContext context) {
        this.pg = pg;
        this.redis = redis;
        this.database = database;
        this.context = context;
    }

    static FaultyApp start(Path target) {
        ThrowawayPostgres pg =
                ThrowawayPostgres.start(target, 55431, 55432, 55433, 55434, 55435, 55436, 55437, 55438, 55439);
        RedisServer redis = null;
        try {
            redis = RedisServer.start(target.toFile());
            SharedTestDatabase database = SharedTestDatabase.on(pg.server());
            ConfigurableApplicationContext context = new SpringApplicationBuilder(
                            UitzichtApplication.class, TestSignIn.class)
                    .initializers(database.initializer())
                    .run(
                            "--server.port=0",
                            "--management.server.port=0",
                            "--uitzicht.embedded-db.enabled=false",
                            "--spring.datasource.username=" + APP_ROLE,
                            "--uitzicht.redis.enabled=true",
                            "--spring.data.redis.url=redis://127.0.0.1:" + redis.port(),
                            "--uitzicht.cache.key-prefix=faults-" + UUID.randomUUID() + ":",
                            "--uitzicht.demo.enabled=true",
                            "--uitzicht.oidc.allow-local-issuers=true",
                            "--vaadin.productionMode=true",
                            "--uitzicht.cluster.node-name=faults");
            FaultyApp app = new FaultyApp(pg, redis, database, context);
            app.installCommitLog();
            return app;
        } catch (RuntimeException e) {
            if (redis != null) {
                redis.stop();
            }
            pg.close();
            throw e;
        }
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    int managementPort() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.management.port"));
    }

    /** The signed-in person's school scope, as the editor builds it. */
    StaffScope scope() {
        SignedInUser user = context.getBean(CurrentUser.class).require();
        return new StaffScope(
                new Actor(user.accountId(), user.displayName()),
                user.has(Role.SCHOOL_STAFF) ? user.schoolIds() : Set.of());
    }

    /**
     * {@code count} staff members of the demo region's schools, each with an editable plan of their own
     * (by email): the demo data's, and new plans for pupils without one when those are too few; made once,
     * before any fault.
     */
    Map<String, UUID> staffWithAPlanEach(int count) {
        TestSignIn signIn = context.getBean(TestSignIn.class);
        signIn.as("ib@waterlinie.demo");
        Set<UUID> schools;
        List<OppSummary> editable;
        try {
            StaffScope scope = scope();
            schools = scope.schoolIds();
            OppPlans plans = context.getBean(OppPlans.class);
            List<OppSummary> all = plans.list(scope);
            editable = new ArrayList<>(
                    all.stream().filter(o -> o.state().editable()).toList());
            // more plans than the demo data has: new ones for pupils without an open plan
            Set<UUID> withAnOpenPlan = all.stream()
                    .filter(o -> o.state().open())
                    .map(OppSummary::pupilId)
                    .collect(Collectors.toSet());
            for (PupilSummary pupil : context.getBean(PupilRegister.class).list(scope)) {
                if (editable.size() >= count) {
                    break;
                }
                if (!pupil.hasLeft() && !withAnOpenPlan.contains(pupil.id())) {
                    OppPlan started = plans.start(scope, pupil.id(), null);
                    editable.add(plans.list(scope).stream()
                            .filter(o -> o.id().equals(started.id()))
                            .findFirst()
                            .orElseThrow());
                }
            }
        } finally {
            TestSignIn.signOut();
        }
        if (editable.size() < count) {
            throw new IllegalStateException("The demo data has " + editable.size() + " editable plans, not " + count);
        }
        UUID region = context.getBean(SystemWork.class)
                .call(() -> context.getBean(RegionDirectory.class)
                        .findByCode(REGION)
                        .orElseThrow()
                        .getId());
        AccountDirectory accounts = context.getBean(AccountDirectory.class);
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String email = "storing" + i + "@waterlinie.demo";
            String name = "Medewerker " + i;
            context.getBean(SystemWork.class).run(() -> {
                AccountSummary account =
                        accounts.findByEmail(email).orElseGet(() -> accounts.createAccount(email, name, PASSWORD));
                accounts.grant(account.id(), region, Role.SCHOOL_STAFF, schools);
            });
            emails.add(email);
        }
        return emails.stream()
                .collect(Collectors.toMap(
                        e -> e, e -> editable.get(emails.indexOf(e)).id()));
    }

    /** How often each text was committed as a plan's pupil view (distinct transactions), by text. */
    Map<String, Integer> commitsByText(String runMarker) {
        List<String> rows = database.database()
                .ownerQuery("select pupil_view || chr(31) || count(distinct xid) from fault_commit "
                        + "where pupil_view like '" + runMarker.replace("'", "''") + " / %' group by pupil_view");
        return rows.stream()
                .map(r -> r.split("\u001f"))
                .collect(Collectors.toMap(r -> r[0], r -> Integer.parseInt(r[1])));
    }

    /** The pupil view of the plan's current version, as stored. */
    String storedPupilView(UUID oppId) {
        return database.database()
                .ownerQuery("select v.pupil_view from opp o join opp_version v on v.opp_id = o.id "
                        + "and v.version_no = o.current_version_no where o.id = '" + oppId + "'")
                .getFirst();
    }

    private void installCommitLog() {
        database.database()
                .ownerExecute("create table fault_commit (opp_id uuid not null, pupil_view text, xid bigint not null, "
                        + "at timestamptz not null default clock_timestamp())");
        database.database()
                .ownerExecute("create function fault_commit_log() returns trigger language plpgsql security definer "
                        + "set search_path = public as $$ begin "
                        + "if tg_op = 'INSERT' or new.pupil_view is distinct from old.pupil_view then "
                        + "insert into fault_commit (opp_id, pupil_view, xid) values (new.opp_id, new.pupil_view, txid_current()); "
                        + "end if; return new; end $$");
        database.database()
                .ownerExecute("create trigger fault_commit_log after insert or update on opp_version "
                        + "for each row execute function fault_commit_log()");
        // the plan's change number (its optimistic-lock version, which "Opgeslagen als wijziging N" names)
        // as each transaction left it: joined on the transaction id with fault_commit
        database.database()
                .ownerExecute("create table fault_opp_change (opp_id uuid not null, version bigint not null, "
                        + "xid bigint not null)");
        database.database()
                .ownerExecute("create function fault_opp_change_log() returns trigger language plpgsql "
                        + "security definer set search_path = public as $$ begin "
                        + "if new.version is distinct from old.version then "
                        + "insert into fault_opp_change (opp_id, version, xid) values (new.id, new.version, txid_current()); "
                        + "end if; return new; end $$");
        database.database()
                .ownerExecute("create trigger fault_opp_change_log after update on opp "
                        + "for each row execute function fault_opp_change_log()");
    }

    /**
     * The pupil views committed by the transaction that made {@code change} the plan's change number (the
     * number a confirmation names): one text if that change stored the pupil view, none if it did not.
     */
    List<String> committedAsChange(UUID oppId, long change) {
        return database.database()
                .ownerQuery("select c.pupil_view from fault_commit c join fault_opp_change o on o.xid = c.xid "
                        + "and o.opp_id = c.opp_id where o.opp_id = '" + oppId + "' and o.version = " + change);
    }

    /** Stops the app, then Redis and PostgreSQL: only the processes this class started. */
    @Override
    public void close() {
        try {
            if (pg.running()) {
                pg.resume();
            }
            context.close();
        } finally {
            redis.stop();
            pg.close();
        }
    }
}
