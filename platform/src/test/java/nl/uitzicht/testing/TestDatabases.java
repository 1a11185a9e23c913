package nl.uitzicht.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Real PostgreSQL for Spring test contexts (see {@link TestPostgres} for where the server is):
 * each context gets a database of its own, a copy of the JVM's migrated template, dropped when the
 * JVM ends. Liquibase connects as the admin (owner) and finds every change set applied; the
 * application connects as the non-owner app role, so row-level security applies as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabases {

    private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);

    /** A PostgreSQL server and its administrator login. */
    public record PgServer(String host, int port, String adminUser, String adminPassword) {
        public String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** A database for one test context (or, via {@link SharedTestDatabase}, for several applications). */
    public static final class FreshDatabase implements AutoCloseable {
        private final PgServer server;
        private final String name;
        private final ReentrantLock ownerLock = new ReentrantLock();
        private @Nullable Connection owner;

        /** A copy of {@code template}, or an empty database when it is null. */
        FreshDatabase(PgServer server, @Nullable String template) {
            this.server = server;
            this.name = TestPostgres.create(server, "uitzicht_test", template);
            log.info("Created test database {}{}", name, template == null ? " (empty)" : " from " + template);
        }

        public String url() {
            return server.url(name);
        }

        public String name() {
            return name;
        }

        /** Runs SQL as the owner, bypassing row-level security: for checking what is really stored. */
        public void ownerExecute(String sql) {
            asOwner(
                    c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute(sql);
                        }
                        return null;
                    },
                    e -> new IllegalStateException(sql, e));
        }

        /** A connection as the owner, who runs the migrations (no row-level security); the caller closes it. */
        public Connection ownerConnection() throws SQLException {
            return DriverManager.getConnection(url(), server.adminUser(), server.adminPassword());
        }

        /** Queries as the owner (no row-level security); returns the first column of each row. */
        public List<String> ownerQuery(String sql) {
            return asOwner(
                    c -> {
                        try (Statement s = c.createStatement();
                                ResultSet rs = s.executeQuery(sql)) {
                            List<String> out = new ArrayList<>();
                            while (rs.next()) {
                                out.add(rs.getString(1));
                            }
                            return out;
                        }
                    },
                    IllegalStateException::new);
        }

        /**
         * Runs work on the owner connection this database keeps (autocommit, nothing set on the session), opened
         * on first use and again when it was lost. A new connection per statement cost a back end start each: tests
         * that write their data as the owner run hundreds of statements. A caller that finds the kept connection in
         * use by another thread gets a connection of its own, so concurrent callers never wait for each other.
         */
        private <T> T asOwner(OwnerWork<T> work, Function<SQLException, RuntimeException> failure) {
            if (!ownerLock.tryLock()) {
                try (Connection c = ownerConnection()) {
                    return work.run(c);
                } catch (SQLException e) {
                    throw failure.apply(e);
                }
            }
            try {
                if (owner == null || !owner.isValid(5)) {
                    closeOwner();
                    owner = ownerConnection();
                }
                return work.run(owner);
            } catch (SQLException e) {
                throw failure.apply(e);
            } finally {
                ownerLock.unlock();
            }
        }

        private void closeOwner() {
            Connection kept = owner;
            owner = null;
            if (kept != null) {
                try {
                    kept.close();
                } catch (SQLException e) {
                    // lost already
                }
            }
        }

        /** Drops the database now (a context's database is otherwise dropped when the JVM ends). */
        @Override
        public void close() {
            ownerLock.lock();
            try {
                closeOwner();
            } finally {
                ownerLock.unlock();
            }
            TestPostgres.drop(server, name);
            log.info("Dropped test database {}", name);
        }
    }

    /** Work on an owner connection. */
    @FunctionalInterface
    private interface OwnerWork<T> {
        T run(Connection owner) throws SQLException;
    }

    @Bean
    PgServer pgServer() {
        return TestPostgres.server();
    }

    /** Not dropped when the context closes: all at once when the JVM ends (see {@link TestPostgres}). */
    @Bean(destroyMethod = "")
    FreshDatabase freshDatabase(PgServer server, Environment env) {
        Binder binder = Binder.get(env);
        String changeLog = binder.bind("spring.liquibase.change-log", String.class)
                .orElse("classpath:db/changelog/db.changelog-master.yaml");
        Map<String, String> parameters = binder.bind(
                        "spring.liquibase.parameters", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return new FreshDatabase(server, TestPostgres.migratedTemplate(changeLog, parameters));
    }

    @Bean
    JdbcConnectionDetails appConnectionDetails(FreshDatabase db, Environment env) {
        String user = env.getRequiredProperty("spring.liquibase.parameters.app_role");
        String password = env.getRequiredProperty("spring.liquibase.parameters.app_password");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return db.url();
            }
        };
    }

    @Bean
    LiquibaseConnectionDetails liquibaseConnectionDetails(FreshDatabase db, PgServer server) {
        return new LiquibaseConnectionDetails() {
            @Override
            public String getUsername() {
                return server.adminUser();
            }

            @Override
            public String getPassword() {
                return server.adminPassword();
            }

            @Override
            public String getJdbcUrl() {
                return db.url();
            }
        };
    }
}
