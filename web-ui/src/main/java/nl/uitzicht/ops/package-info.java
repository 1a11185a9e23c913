/** Operating the app in production: the one-shot migration run used by the Helm hook Job, the refusal of demo defaults under the prod profile, and the readiness check of the database (which tells the session checks when it is away). */
@ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {"access", "identity", "security"})
@NullMarked
package nl.uitzicht.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
