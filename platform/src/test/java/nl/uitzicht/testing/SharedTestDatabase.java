package nl.uitzicht.testing;

import java.io.IOException;
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

/**
 * One empty database for several Spring contexts at once, e.g. two app nodes started with
 * {@code SpringApplicationBuilder} in one test, or a migration run that must start from nothing (a
 * {@link TestDatabases} context gets a migrated copy of its own instead). On the server of
 * {@link TestPostgres}; Liquibase as the admin, the app as the non-owner app role. The test closes
 * it, which drops the database.
 */
public final class SharedTestDatabase implements AutoCloseable {

    private final PgServer server;
    private final FreshDatabase database;

    private SharedTestDatabase(PgServer server) {
        this.server = server;
        this.database = new FreshDatabase(server, null);
    }

    /** An empty database (no schema) on this JVM's test server: the applications migrate it. */
    public static SharedTestDatabase create() {
        return new SharedTestDatabase(TestPostgres.server());
    }

    /**
     * An empty database on another server, e.g. a throwaway cluster that a fault test stops and pauses;
     * it goes with that server (closing it drops it, if the server still runs).
     */
    public static SharedTestDatabase on(PgServer server) {
        return new SharedTestDatabase(server);
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
        database.close();
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
