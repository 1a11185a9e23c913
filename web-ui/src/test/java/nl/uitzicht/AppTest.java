package nl.uitzicht;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.uitzicht.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, against a fresh real PostgreSQL database (never the
 * embedded one), with the demo regions loaded. Identity providers may be local (the in-process
 * mock-oauth2-server on http://localhost), which production refuses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uitzicht.embedded-db.enabled=false", "uitzicht.demo.enabled=true",
                "spring.datasource.hikari.maximum-pool-size=5", "spring.datasource.hikari.minimum-idle=1",
                "uitzicht.oidc.allow-local-issuers=true"})
@Import(TestDatabases.class)
public @interface AppTest {
}
