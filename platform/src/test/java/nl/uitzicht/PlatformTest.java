package nl.uitzicht;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.uitzicht.testing.StatementCounter;
import nl.uitzicht.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** An integration test of the platform module against a fresh real PostgreSQL database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest(classes = PlatformTestApplication.class)
@Import({TestDatabases.class, StatementCounter.class})
public @interface PlatformTest {}
