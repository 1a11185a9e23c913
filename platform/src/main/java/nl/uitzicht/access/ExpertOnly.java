package nl.uitzicht.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Only experts (and {@link SystemWork}) may call this service or method; every method also checks that what is asked for is assigned to the expert. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(Allow.EXPERT)
public @interface ExpertOnly {}
