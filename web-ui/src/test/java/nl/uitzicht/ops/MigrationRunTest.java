package nl.uitzicht.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.uitzicht.UitzichtApplication;
import nl.uitzicht.testing.SharedTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the Helm hook Job runs: the production image in the profiles {@code prod,migrate} on an
 * empty database. It migrates as the owner, seeds nothing, and ends with exit code 0.
 */
@Tag("own-jvm")
class MigrationRunTest {

    static SharedTestDatabase database;

    @BeforeAll
    static void emptyDatabase() {
        database = SharedTestDatabase.create();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void migratesAnEmptyDatabaseThenExitsWithZero() {
        AtomicInteger exitCode = new AtomicInteger(-1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(UitzichtApplication.class)
                .profiles("prod", "migrate")
                .initializers(
                        database.initializer(),
                        ctx -> ctx.getBeanFactory()
                                .registerSingleton("terminator", (MigrationRun.Terminator) exitCode::set))
                .run(
                        "--uitzicht.embedded-db.enabled=false",
                        // prod refuses the development password; the test database's app role keeps it
                        // (the initializer connects with the liquibase parameter)
                        "--spring.datasource.password=not-the-development-default",
                        "--spring.liquibase.parameters.app_password=uitzicht_app_dev",
                        "--spring.datasource.hikari.maximum-pool-size=2",
                        "--uitzicht.crypto.secret-key=dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLS0tLS0=");

        assertThat(exitCode).hasValue(0);
        assertThat(context.isActive())
                .as("the context is closed before the exit")
                .isFalse();
        assertThat(database.database()
                        .ownerQuery("select count(*) from databasechangelog")
                        .getFirst())
                .isNotEqualTo("0");
        assertThat(database.database().ownerQuery("select to_regclass('public.scheduler_lock')::text"))
                .containsExactly("scheduler_lock");
        assertThat(database.database().ownerQuery("select count(*) from region"))
                .as("no demo data in prod")
                .containsExactly("0");
    }
}
