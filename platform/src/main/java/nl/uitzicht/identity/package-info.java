@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"access", "cluster", "mail", "outbound", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
