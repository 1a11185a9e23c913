package nl.uitzicht.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security for every module (also the platform's and tenant-admin's own tests), so the
 * rules on the services hold whichever view, endpoint or job calls them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {}
