/**
 * Calls from the server to addresses that a region administrator chose (the region's identity
 * provider): only to public addresses over https, never following a redirect, with short
 * timeouts and a size limit, so that such a setting cannot be used to reach internal services.
 */
@ApplicationModule(
        displayName = "Outbound HTTP",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.outbound;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
