package nl.uitzicht;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.uitzicht.security.JvmWideSecurityContext;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, against a fresh real PostgreSQL database (never the
 * embedded one), with the demo regions loaded. Identity providers may be local (the in-process
 * mock-oauth2-server on http://localhost), which production refuses.
 * <p>
 * The one integration context of the web module: HTTP, browserless UI and E2E (Playwright) tests
 * all use it unchanged, so Spring starts it once per JVM. Tests make their own regions and
 * accounts and do not change the demo accounts. A test needing other settings gets a context of
 * its own; keep those few and say why (see ADR 0065).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "uitzicht.embedded-db.enabled=false",
            "uitzicht.demo.enabled=true",
            "spring.datasource.hikari.maximum-pool-size=5",
            "spring.datasource.hikari.minimum-idle=1",
            "uitzicht.oidc.allow-local-issuers=true",
            // the UI as it runs in production (the bundle is built in process-classes; ADR 0063)
            "vaadin.productionMode=true"
        })
@Import({TestDatabases.class, JvmWideSecurityContext.class, TestSignIn.class})
public @interface AppTest {}
