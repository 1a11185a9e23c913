@ApplicationModule(
        displayName = "Tenancy",
        allowedDependencies = {"access"})
@NullMarked
package nl.uitzicht.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
