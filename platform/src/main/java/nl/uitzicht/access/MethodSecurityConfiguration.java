package nl.uitzicht.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security for every module (also the platform's and tenant-admin's own tests), so the
 * rules on the services hold whichever view, endpoint or job calls them.
 *
 * <p>Only {@code @PreAuthorize} and its kin: JSR-250 ({@code @RolesAllowed}, {@code @PermitAll}) is
 * off, because only views carry those annotations, and Vaadin's navigation access control already
 * enforces them on every route. With JSR-250 on, every view was a CGLIB proxy whose advisors Spring
 * matched anew at each navigation: 14 % of a node's CPU in the 150-user load run (ADR 0100). Without
 * the proxies Vaadin shows a view again when a person navigates to the same route; the views read the
 * caller and their data at each entry for that ({@code nl.uitzicht.ui.kit.FreshPage}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {}
