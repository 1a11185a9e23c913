@ApplicationModule(displayName = "Provisioning", allowedDependencies = {
        "access", "achterban", "audit", "buddy", "identity", "programme", "school", "support", "tenancy",
        "trainer"})
@NullMarked
package nl.uitzicht.provisioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
