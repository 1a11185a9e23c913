/** Operating the app in production: the one-shot migration run used by the Helm hook Job, and the refusal of demo defaults under the prod profile. */
@ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {"access", "identity"})
@NullMarked
package nl.uitzicht.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
