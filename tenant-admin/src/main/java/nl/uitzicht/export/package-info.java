@ApplicationModule(
        displayName = "Export and offboarding",
        allowedDependencies = {"access", "audit", "csv", "tenancy"})
@NullMarked
package nl.uitzicht.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
