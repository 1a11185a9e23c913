@ApplicationModule(
        displayName = "Provisioning",
        allowedDependencies = {"access", "audit", "support", "tenancy"})
@NullMarked
package nl.uitzicht.provisioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
