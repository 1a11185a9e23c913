/** The one clock of the application: every "now" comes from the {@link java.time.Clock} bean defined here. */
@ApplicationModule(
        displayName = "Time",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.time;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
