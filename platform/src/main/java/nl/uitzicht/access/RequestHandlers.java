package nl.uitzicht.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only the people who handle requests to the region, case managers and experts (and {@link SystemWork}), may call
 * this service or method; the caller (the request service) checks which request and writes the audit record.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(Allow.REQUEST_HANDLERS)
public @interface RequestHandlers {}
