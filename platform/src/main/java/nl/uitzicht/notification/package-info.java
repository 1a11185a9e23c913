@ApplicationModule(
        displayName = "Notices",
        allowedDependencies = {"access", "tenancy"})
@NullMarked
package nl.uitzicht.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
