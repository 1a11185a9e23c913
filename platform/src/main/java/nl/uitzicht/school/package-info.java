@ApplicationModule(
        displayName = "Schools",
        allowedDependencies = {"access", "cache", "support", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.school;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
