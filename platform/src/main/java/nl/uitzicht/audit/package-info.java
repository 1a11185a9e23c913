@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {"access", "tenancy"})
@NullMarked
package nl.uitzicht.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
