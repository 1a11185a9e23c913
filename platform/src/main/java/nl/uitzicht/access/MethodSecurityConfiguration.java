package nl.uitzicht.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security for every module (also the platform's and tenant-admin's own tests), so the
 * rules on the services hold whichever view, endpoint or job calls them.
 *
 * <p>JSR-250 stays on for now although only views carry those annotations: it makes every view a CGLIB
 * proxy (14 % of a node's CPU in the 150-user load run), but it also keeps Vaadin from reusing a view
 * instance when a person navigates to the same route again (Vaadin reuses an instance of exactly the
 * route's class), which the views do not support yet. ADR 0100 says what must change before it goes.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {}
