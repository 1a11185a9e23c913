package nl.uitzicht.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import liquibase.integration.spring.SpringLiquibase;
import nl.uitzicht.testing.TestDatabases.PgServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test JVM and its migrated template database: the single place
 * that decides where test databases live, for every module (Spring test contexts through
 * {@link TestDatabases}, hand-started applications through {@link SharedTestDatabase}).
 * <p>
 * The server is Testcontainers' when a Docker engine answers (one container per JVM), otherwise
 * the local server from {@code TEST_PG_HOST/PORT/ADMIN_USER/ADMIN_PASSWORD} (default
 * 127.0.0.1:5432 as postgres). The template is migrated once per JVM, with the same change log and
 * parameters the application uses; every test context then gets a copy of it ({@code CREATE
 * DATABASE ... TEMPLATE}), so Liquibase in the context only confirms that all change sets ran.
 * All of them are dropped when the JVM ends (see {@link #dropAll}), not one by one as contexts close.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

    private static @Nullable PgServer server;
    private static @Nullable String template;
    private static final Set<String> created = ConcurrentHashMap.newKeySet();

    private TestPostgres() {}

    /** This JVM's server, started or looked up on first use. */
    public static synchronized PgServer server() {
        if (server == null) {
            PgServer pg = dockerAvailable()
                    ? container()
                    : new PgServer(
                            env("TEST_PG_HOST", "127.0.0.1"),
                            Integer.parseInt(env("TEST_PG_PORT", "5432")),
                            env("TEST_PG_ADMIN_USER", "postgres"),
                            env("TEST_PG_ADMIN_PASSWORD", "postgres"));
            dropLeftoversOfEndedJvms(pg);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(pg), "drop-test-databases"));
            server = pg;
        }
        return server;
    }

    /**
     * The name of this JVM's migrated template database; the first call migrates it with the given
     * change log and parameters (later calls must pass the same: one schema per run).
     */
    public static synchronized String migratedTemplate(String changeLog, Map<String, String> parameters) {
        if (template == null) {
            PgServer pg = server();
            String name = create(pg, "uitzicht_template", null);
            try (Connection connection =
                    DriverManager.getConnection(pg.url(name), pg.adminUser(), pg.adminPassword())) {
                SpringLiquibase liquibase = new SpringLiquibase();
                liquibase.setDataSource(new SingleConnectionDataSource(connection, true));
                liquibase.setChangeLog(changeLog);
                liquibase.setChangeLogParameters(parameters);
                liquibase.setResourceLoader(new DefaultResourceLoader());
                liquibase.afterPropertiesSet();
            } catch (Exception e) {
                execute(pg, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                throw new IllegalStateException("Could not migrate the template test database", e);
            }
            // no connections may stay open on a template; nobody connects to it again
            execute(pg, "postgres", "ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false");
            log.info("Migrated template test database {}", name);
            template = name;
        }
        return template;
    }

    /** Creates a database (a copy of {@code template}, or empty); it is dropped when the JVM ends. */
    static String create(PgServer pg, String prefix, @Nullable String template) {
        String name = uniqueName(prefix);
        execute(pg, "postgres", "CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        created.add(name);
        return name;
    }

    /** Drops a database now (instead of when the JVM ends). */
    static void drop(PgServer pg, String name) {
        execute(pg, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        created.remove(name);
    }

    /**
     * At the JVM's end: drops every database it made, in parallel and for at most 20 s (each DROP
     * waits for a checkpoint, seconds on a busy machine; Surefire kills a fork whose exit takes
     * 30 s). Whatever is left is dropped by the next test JVM ({@link #dropLeftoversOfEndedJvms}).
     */
    private static void dropAll(PgServer pg) {
        List<Thread> drops = created.stream()
                .map(name -> Thread.ofVirtual().start(() -> {
                    try {
                        drop(pg, name);
                    } catch (RuntimeException e) {
                        // left for the next run
                    }
                }))
                .toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (Thread drop : drops) {
            try {
                drop.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Test databases whose JVM (the pid in the name) no longer runs: an earlier run's leftovers. */
    private static void dropLeftoversOfEndedJvms(PgServer pg) {
        try (Connection c = DriverManager.getConnection(pg.url("postgres"), pg.adminUser(), pg.adminPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select datname from pg_database "
                        + "where datname ~ '^uitzicht_(test|template)_[0-9]+_[0-9]+_[0-9a-f]+$'")) {
            List<String> leftovers = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString(1);
                long pid = Long.parseLong(name.split("_")[2]);
                // names of older runs carried a date where the pid is now (never a pid: pid_max is 4194304)
                if (pid <= 4_194_304 && ProcessHandle.of(pid).isEmpty()) {
                    leftovers.add(name);
                }
            }
            for (String name : leftovers) {
                execute(pg, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                log.info("Dropped left-over test database {}", name);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not drop left-over test databases: {}", e.toString());
        }
    }

    static String uniqueName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100_000_000 + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF));
    }

    static void execute(PgServer pg, String database, String sql) {
        try (Connection c = DriverManager.getConnection(pg.url(database), pg.adminUser(), pg.adminPassword());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PgServer container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
        return new PgServer(
                container.getHost(), container.getMappedPort(5432), container.getUsername(), container.getPassword());
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("TESTCONTAINERS_ENABLED"))) {
            return false;
        }
        try {
            boolean available = DockerClientFactory.instance().isDockerAvailable();
            log.info("Docker available for Testcontainers: {}", available);
            return available;
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
