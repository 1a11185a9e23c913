@ApplicationModule(
        displayName = "Identity providers",
        allowedDependencies = {"access", "identity", "outbound", "tenancy"})
@NullMarked
package nl.uitzicht.identityprovider;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
