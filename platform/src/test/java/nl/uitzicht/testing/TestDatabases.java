package nl.uitzicht.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL for tests: Testcontainers when a Docker engine answers, otherwise the local
 * server (TEST_PG_* environment variables, default 127.0.0.1:5432 as postgres). Either way each
 * Spring test context gets a database of its own, created fresh and dropped when it closes.
 * Liquibase migrates as the admin (owner); the application connects as the non-owner app role,
 * so row-level security applies exactly as in production.
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

    static final class DockerAvailable implements Condition {
        private static volatile Boolean cached;

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            if (cached == null) {
                if ("false".equalsIgnoreCase(context.getEnvironment().getProperty("TESTCONTAINERS_ENABLED"))) {
                    cached = false;
                } else {
                    boolean available;
                    try {
                        available = DockerClientFactory.instance().isDockerAvailable();
                    } catch (Throwable e) {
                        available = false;
                    }
                    cached = available;
                    log.info("Docker available for Testcontainers: {}", available);
                }
            }
            return cached;
        }
    }

    static final class DockerNotAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new DockerAvailable().matches(context, metadata);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerAvailable.class)
    static class Containers {
        @Bean(destroyMethod = "stop")
        PostgreSQLContainer postgresContainer() {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return container;
        }

        @Bean
        PgServer pgServer(PostgreSQLContainer c) {
            return new PgServer(c.getHost(), c.getMappedPort(5432), c.getUsername(), c.getPassword());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerNotAvailable.class)
    static class LocalServer {
        @Bean
        PgServer pgServer(Environment env) {
            return new PgServer(env.getProperty("TEST_PG_HOST", "127.0.0.1"),
                    env.getProperty("TEST_PG_PORT", Integer.class, 5432),
                    env.getProperty("TEST_PG_ADMIN_USER", "postgres"),
                    env.getProperty("TEST_PG_ADMIN_PASSWORD", "postgres"));
        }
    }

    /** A database for one test context. */
    public static final class FreshDatabase implements AutoCloseable {
        private final PgServer server;
        private final String name;

        FreshDatabase(PgServer server) throws SQLException {
            this.server = server;
            this.name = "uitzicht_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                    + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF));
            adminExecute(server.url("postgres"), "CREATE DATABASE " + name);
            log.info("Created test database {}", name);
        }

        public String url() {
            return server.url(name);
        }

        public String name() {
            return name;
        }

        /** Runs SQL as the owner, bypassing row-level security: for checking what is really stored. */
        public void ownerExecute(String sql) {
            try {
                adminExecute(url(), sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A connection as the owner, who runs the migrations (no row-level security); the caller closes it. */
        public Connection ownerConnection() throws SQLException {
            return DriverManager.getConnection(url(), server.adminUser(), server.adminPassword());
        }

        /** Queries as the owner (no row-level security); returns the first column of each row. */
        public List<String> ownerQuery(String sql) {
            try (Connection c = DriverManager.getConnection(url(), server.adminUser(), server.adminPassword());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void adminExecute(String url, String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(url, server.adminUser(), server.adminPassword());
                 Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            adminExecute(server.url("postgres"), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            log.info("Dropped test database {}", name);
        }
    }

    @Bean
    FreshDatabase freshDatabase(PgServer server) throws SQLException {
        return new FreshDatabase(server);
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
