@ApplicationModule(
        displayName = "Invitations",
        allowedDependencies = {"access", "audit", "identity", "parent", "pupil", "school", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.invitation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
