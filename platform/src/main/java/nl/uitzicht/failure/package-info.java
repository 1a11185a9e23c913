/**
 * The one place that tells an outage (the database or Redis cannot be reached, a pool or statement timeout)
 * from a domain answer (not found, no access, invalid input, a conflict), for the UI and the REST API alike
 * (docs/adr/0071). An outage is never answered as "not found".
 */
@ApplicationModule(
        displayName = "Failure classification",
        allowedDependencies = {"opp", "pupil", "trainer", "validation"})
@NullMarked
package nl.uitzicht.failure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
