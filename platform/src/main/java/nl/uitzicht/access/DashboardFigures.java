package nl.uitzicht.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Those who may read region figures through some dashboard service (policy staff, region admins, trainers, school
 * staff, case managers for the request figures, {@link SystemWork}): only on the dashboard's internal queries; each public service narrows it further.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(Allow.DASHBOARD_FIGURES)
public @interface DashboardFigures {}
