package nl.uitzicht.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.uitzicht.identity.Role;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test (and its {@code @BeforeEach}/{@code @AfterEach} methods) as a signed-in person with
 * these roles, or with {@link #system()} as the system; on a method it overrides the class. The
 * services check roles themselves, so a test says who calls them. Switch callers inside a test
 * with {@link Callers#call}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(WithRoleExtension.class)
public @interface WithRole {

    Role[] value() default {};

    /** Run as the system ({@code ROLE_SYSTEM}), as demo data and provisioning at start-up do. */
    boolean system() default false;
}
