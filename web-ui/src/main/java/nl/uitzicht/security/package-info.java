@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"access", "failure", "identity", "identityprovider", "invitation", "outbound", "tenancy"
        })
@NullMarked
package nl.uitzicht.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
