@ApplicationModule(
        displayName = "Cache",
        allowedDependencies = {"tenancy"})
@NullMarked
package nl.uitzicht.cache;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
