@ApplicationModule(
        displayName = "Provisioning",
        allowedDependencies = {"access", "audit", "support", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.provisioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
