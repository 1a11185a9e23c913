package nl.uitzicht.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.uitzicht.UitzichtApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile never runs with the demo key, the development database password or demo data. */
class ProductionSafetyTest {

    static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=";
    static final String OWN_KEY = "c2VjcmV0LWtleS1mb3ItdGhpcy10ZXN0LW9ubHktMzI=";

    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("uitzicht.crypto.secret-key", OWN_KEY)
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.nl/uitzicht")
                .withProperty("spring.datasource.password", "a-password-of-its-own")
                .withProperty("uitzicht.demo.enabled", "false");
    }

    @Test
    void ownSettingsPass() {
        assertThat(ProductionSafety.problems(production())).isEmpty();
    }

    @Test
    void theDemoKeyIsRefused() {
        assertThat(ProductionSafety.problems(production().withProperty("uitzicht.crypto.secret-key", DEMO_KEY)))
                .singleElement()
                .asString()
                .contains("UITZICHT_SECRET_KEY is the public demo key");
    }

    @Test
    void aMissingKeyIsRefused() {
        MockEnvironment settings = production().withProperty("uitzicht.crypto.secret-key", "${UITZICHT_SECRET_KEY}");
        assertThat(ProductionSafety.problems(settings))
                .singleElement()
                .asString()
                .contains("UITZICHT_SECRET_KEY is not set");
    }

    @Test
    void theDevelopmentDatabasePasswordIsRefused() {
        assertThat(ProductionSafety.problems(
                        production().withProperty("spring.datasource.password", "uitzicht_app_dev")))
                .singleElement()
                .asString()
                .contains("UITZICHT_DB_APP_PASSWORD");
    }

    @Test
    void demoDataIsRefused() {
        assertThat(ProductionSafety.problems(production().withProperty("uitzicht.demo.enabled", "TRUE")))
                .singleElement()
                .asString()
                .contains("Demo data is on");
    }

    @Test
    void theEmbeddedDatabaseIsRefusedUnlessAllowed() {
        MockEnvironment embedded = production().withProperty("spring.datasource.url", "${UITZICHT_DB_URL:}");
        assertThat(ProductionSafety.problems(embedded))
                .singleElement()
                .asString()
                .contains("UITZICHT_DB_URL")
                .contains("uitzicht.embedded-db.allowed-in-prod=true")
                .contains("UITZICHT_EMBEDDED_DB_ALLOWED_IN_PROD");
        assertThat(ProductionSafety.problems(embedded.withProperty("uitzicht.embedded-db.allowed-in-prod", "true")))
                .isEmpty();
    }

    @Test
    void aSwitchedOffEmbeddedDatabaseIsNoProblem() {
        assertThat(ProductionSafety.problems(production()
                        .withProperty("spring.datasource.url", "")
                        .withProperty("uitzicht.embedded-db.enabled", "false")))
                .isEmpty();
    }

    /** The real configuration files with the prod profile: the demo defaults stop the start, all named at once. */
    @Test
    void theProdProfileRefusesToStartWithDemoDefaults() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(UitzichtApplication.class)
                        .profiles("prod")
                        .run("--UITZICHT_SECRET_KEY=" + DEMO_KEY, "--uitzicht.demo.enabled=true"))
                .isInstanceOf(UnsafeProductionSettingsException.class)
                .hasMessageContaining("public demo key")
                .hasMessageContaining("UITZICHT_DB_APP_PASSWORD")
                .hasMessageContaining("Demo data is on")
                .hasMessageContaining("UITZICHT_EMBEDDED_DB_ALLOWED_IN_PROD");
    }

    @Test
    void theProdProfileStartsWithItsOwnSettings() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .profiles("prod")
                .run(
                        "--UITZICHT_SECRET_KEY=" + OWN_KEY,
                        "--UITZICHT_DB_APP_PASSWORD=a-password-of-its-own",
                        "--UITZICHT_DB_URL=jdbc:postgresql://db.example.nl/uitzicht")) {
            assertThat(context.getEnvironment().getProperty("uitzicht.demo.enabled"))
                    .isEqualTo("false");
        }
    }

    @Test
    void withoutTheProdProfileTheLocalDemoKeepsItsDefaults() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .run()) {
            assertThat(context.getEnvironment().getProperty("uitzicht.crypto.secret-key"))
                    .isEqualTo(DEMO_KEY);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {}
}
