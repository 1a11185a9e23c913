package nl.uitzicht.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.uitzicht.UitzichtApplication;
import nl.uitzicht.testing.SharedTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The production image under the {@code prod} profile, on a real (empty) database, with the generator
 * and the benchmark switched on and a demo identity provider configured: the demo module is in the jar,
 * yet the application context holds no bean of it, nothing was generated, and the application keeps
 * running (the generator and the benchmark would have stopped it). Demo mode itself cannot be switched on
 * under prod at all ({@link ProductionSafetyTest}).
 */
@Tag("own-jvm")
class DemoCodeUnderProdTest {

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
    void theProdProfileLoadsNoDemoCodeWhateverTheSettings() throws ClassNotFoundException {
        Class.forName("nl.uitzicht.demo.DemoAutoConfiguration"); // on the classpath, as in the image
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(UitzichtApplication.class)
                .profiles("prod")
                .initializers(database.initializer())
                .run(
                        "--server.port=0",
                        "--uitzicht.embedded-db.enabled=false",
                        // prod refuses the development password; the test database's app role keeps it
                        "--spring.datasource.password=not-the-development-default",
                        "--spring.liquibase.parameters.app_password=uitzicht_app_dev",
                        "--spring.datasource.hikari.maximum-pool-size=2",
                        "--uitzicht.crypto.secret-key=dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLS0tLS0=",
                        "--uitzicht.generate.enabled=true",
                        "--uitzicht.generate.national=1",
                        "--uitzicht.benchmark.enabled=true",
                        "--uitzicht.demo.oidc.issuer-uri=https://login.example.nl/realms/demo",
                        "--uitzicht.demo.oidc.client-secret=secret")) {
            assertThat(demoBeans(context)).isEmpty();
            assertThat(context.isActive())
                    .as("no one-off run stopped the application")
                    .isTrue();
            assertThat(database.database().ownerQuery("select count(*) from region"))
                    .as("nothing generated")
                    .containsExactly("0");
        }
    }

    /** The class names of the beans whose class is in the demo module's packages, auto-configurations included. */
    static List<String> demoBeans(ConfigurableApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getBeanFactory().getType(name))
                .filter(type -> type != null)
                .map(type -> ClassUtils.getUserClass(type).getName())
                .filter(name -> name.startsWith("nl.uitzicht.demo."))
                .toList();
    }
}
