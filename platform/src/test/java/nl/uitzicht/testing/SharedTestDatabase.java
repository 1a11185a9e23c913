package nl.uitzicht.testing;

import java.io.IOException;
import java.sql.SQLException;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.TestDatabases.PgServer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One fresh database for several Spring contexts at once, e.g. two app nodes started with
 * {@code SpringApplicationBuilder} in one test (a {@link TestDatabases} context gets a database of
 * its own instead). Like {@link TestDatabases}: Testcontainers when Docker answers, else the local
 * server ({@code TEST_PG_*}); Liquibase as the admin, the app as the non-owner app role. The
 * test closes it, which drops the database.
 */
public final class SharedTestDatabase implements AutoCloseable {

    private final @Nullable PostgreSQLContainer container;
    private final PgServer server;
    private final FreshDatabase database;

    private SharedTestDatabase(@Nullable PostgreSQLContainer container, PgServer server) throws SQLException {
        this.container = container;
        this.server = server;
        this.database = new FreshDatabase(server);
    }

    public static SharedTestDatabase create() {
        try {
            if (dockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
                container.start();
                return new SharedTestDatabase(container, new PgServer(container.getHost(),
                        container.getMappedPort(5432), container.getUsername(), container.getPassword()));
            }
            return new SharedTestDatabase(null, new PgServer(env("TEST_PG_HOST", "127.0.0.1"),
                    Integer.parseInt(env("TEST_PG_PORT", "5432")), env("TEST_PG_ADMIN_USER", "postgres"),
                    env("TEST_PG_ADMIN_PASSWORD", "postgres")));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the shared test database", e);
        }
    }

    public FreshDatabase database() {
        return database;
    }

    /**
     * For {@code SpringApplicationBuilder.initializers(...)}: the context connects to this database
     * (app role from {@code spring.liquibase.parameters.app_role/app_password}, migrations as the
     * admin), can inject {@link FreshDatabase}, and its component scan leaves out classes from test
     * sources (other tests' configurations), as {@code @SpringBootTest} would.
     */
    public ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> {
            var beans = context.getBeanFactory();
            var env = context.getEnvironment();
            String appUser = env.getRequiredProperty("spring.liquibase.parameters.app_role");
            String appPassword = env.getRequiredProperty("spring.liquibase.parameters.app_password");
            beans.registerSingleton("sharedFreshDatabase", database);
            beans.registerSingleton("sharedAppConnectionDetails", new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return appUser;
                }

                @Override
                public String getPassword() {
                    return appPassword;
                }

                @Override
                public String getJdbcUrl() {
                    return database.url();
                }
            });
            beans.registerSingleton("sharedLiquibaseConnectionDetails", new LiquibaseConnectionDetails() {
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
                    return database.url();
                }
            });
            beans.registerSingleton(TestSourcesExcluded.class.getName(), new TestSourcesExcluded());
        };
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (container != null) {
                container.stop();
            }
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("TESTCONTAINERS_ENABLED"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Keeps classes compiled from test sources out of the application's component scan. */
    static final class TestSourcesExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String location = reader.getResource().getURL().toString();
            return location.contains("/test-classes/") || location.contains("-tests.jar");
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
